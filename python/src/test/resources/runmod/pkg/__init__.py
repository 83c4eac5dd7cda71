# run by InterpreterTest: ftpython -m src.test.resources.runmod.pkg
print("init", __name__)
