def main():
    print("mainguard.main() runs")
print("mainguard body: __name__ =", __name__)
if __name__ == "__main__":
    main()
