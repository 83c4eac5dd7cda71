print("helper", __name__)


def greet():
    return "hello from " + __name__
