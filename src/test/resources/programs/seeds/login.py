# Seed 003 (闭包是怎么实现的?你知道吗?): the login example without a closure.
def login(user_name, password, user):
    if not (user_name == "satori" and password == "123"):
        return "用户名密码不正确"
    else:
        return f"欢迎: {user}"

print(login("satori", "123", "古明地觉"))  # 欢迎: 古明地觉
print(login("satori", "123", "古明地恋"))  # 欢迎: 古明地恋
print(login("satori", "456", "古明地恋"))
