import subprocess
import sys
from pathlib import Path

from claimreview.text import analyze, html_to_text, normalize


def test_normalize_unifies_without_losing_words():
    raw = "Cafe\u0301\u00a0prices\u200b rose &amp; fell&nbsp;again.\r\nAT&T and R&D stay.\t\x07"
    assert normalize(raw) == "Café prices rose & fell again.\nAT&T and R&D stay."


def test_blank_runs_collapse_to_one_paragraph_break():
    assert normalize("One.\n\n\n\n  \nTwo.") == "One.\n\nTwo."


def test_html_blocks_become_paragraphs():
    html = (
        "<article><h1>Title</h1><p>First <b>bold</b>\n line.</p><ul><li>One</li><li>Two</li></ul>"
    )
    assert html_to_text(html) == "Title\n\nFirst bold line.\n\nOne\n\nTwo"


def test_cli_prints_claims_with_hints(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Ferry route approved\n\n“It is the first in 40 years,” Chair Ines Patel said.\n\nSubscribe now",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "claimreview.text", str(article)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "SPEAKER: Chair Ines Patel = Ines Patel / said" in result.stdout
    assert "BOILERPLATE: subscription prompt" in result.stdout
    assert "CHECK" in result.stdout


def test_runs_of_spaces_stay_between_columns_and_a_tab_is_a_columns_edge():
    # A pasted menu or a table's row is told from prose by its runs of spaces.
    assert normalize("Home   News   Sport  \nParty\tSeats\tChange\nYes   No") == (
        "Home   News   Sport\nParty  Seats  Change\nYes   No"
    )
    # In prose a run is a slip of the keyboard.
    assert normalize("The mayor said  the plan costs £5m.  It passed.") == (
        "The mayor said the plan costs £5m. It passed."
    )
    assert normalize("Police said  the driver,  a man of 34,  was “known to officers.”") == (
        "Police said the driver, a man of 34, was “known to officers.”"
    )
    assert normalize("Unemployment in Kellin  rose to 7.1%  from 6.8%") == (
        "Unemployment in Kellin rose to 7.1% from 6.8%"
    )
    assert (
        normalize("Kellin mill  to close  after 90 years") == "Kellin mill to close after 90 years"
    )
    body = normalize(
        "Home   World   Business   Sport\n\nThe ferry to Orrin Island resumed on Monday."
    )
    menu, news = analyze(body)
    assert menu.is_boilerplate and not news.is_boilerplate
