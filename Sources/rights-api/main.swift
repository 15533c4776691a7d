print("rights-api: not yet wired")
