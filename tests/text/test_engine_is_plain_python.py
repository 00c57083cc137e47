import subprocess
import sys


def test_text_engine_imports_nothing_from_django():
    code = (
        "import sys, claimreview.text, claimreview.text.__main__;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'django', 'psycopg'});"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
