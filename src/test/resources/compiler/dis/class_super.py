class C(B):
    def m(self):
        return super().m()
