"""What every browser check shares: run in the checks venv (re-running the script there when
selenium is missing here), and the server and browser helpers of check-a11y.py."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.abspath(os.environ.get("PRESSROOM_VENV", os.path.join(os.path.dirname(HERE), ".venv-checks")))


def in_venv(script, name):
    """Makes sure selenium can be imported: re-runs `script` with the venv's Python if not."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(f"{VENV}/bin/python"):
            os.execv(f"{VENV}/bin/python", [f"{VENV}/bin/python", script, *sys.argv[1:]])
        sys.exit(f"{name}: selenium not found: run tools/setup-checks.sh")


def a11y_module():
    """check-a11y.py as a module, for its server and browser helpers."""
    spec = importlib.util.spec_from_file_location("check_a11y", os.path.join(HERE, "check-a11y.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
