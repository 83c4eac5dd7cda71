# platform's interpreter and library functions (python_build, python_compiler, architecture, libc_ver,
# freedesktop_os_release, the Windows and macOS stand-ins) and sys._git (test_platform needed them).
import platform, sys
print(platform.platform().startswith(platform.system() + '-' + platform.release()), platform.architecture(), platform.libc_ver()[0])
print(platform.python_build()[0], type(platform.python_compiler()).__name__, platform.python_branch(), platform.python_revision(), sys._git[1:])
print(platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot(), platform.mac_ver(), platform.system_alias('Linux', '6', 'x'))
print('ID' in platform.freedesktop_os_release())
