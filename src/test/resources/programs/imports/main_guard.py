# if __name__ == "__main__": runs in the script, not when its module is imported.
import _pkgs.mainguard
def main():
    print("main_guard.main() runs")
if __name__ == "__main__":
    main()
print(_pkgs.mainguard.__name__ != "__main__")
