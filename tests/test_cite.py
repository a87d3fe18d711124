"""Citations: every style's worked example on seed 000, clean degradation when
metadata is missing, and quotes trimmed to whole sentences."""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import itertools
import json
import re

import pytest

from tui.cite import QUOTE_LIMIT, STYLES, Quote, format_citation, quote_for
from tui.corpus import Corpus, load_corpus
from tui.resources import SAMPLE_CORPUS
from tui.transcript.model import Event, Turn

TITLE = (
    "Pre-ministerial press conference by NATO Secretary General Mark Rutte ahead of the "
    "meetings of NATO Ministers of Foreign Affairs"
)
URL = (
    "https://www.nato.int/en/news-and-events/events/transcripts/2025/12/02/pre-ministerial-press-"
    "conference-by-nato-secretary-general-mark-rutte-ahead-of-the-meetings-of-nato-ministers-of-foreign-affairs"
)
ACCESSED = dt.date(2026, 1, 5)

RUTTE = Turn(
    "principal",
    "Mark Rutte",
    "NATO Secretary General",
    [
        "Well, thank you for that question. And I had a very successful meeting in Romania. "
        "I think it was now three, four weeks ago in Bucharest.",
        "So, first of all, you mentioned already Eastern Sentry. And that is progressing rapidly.",
    ],
    label="NATO Secretary General Mark Rutte",
)
UNGAR = Turn(
    "questioner",
    "Vlad Ungar",
    "Romanian National TV",
    ["Hello. Vlad Ungar, Romanian National Television. Secretary General, what about drones?"],
)


@pytest.fixture(scope="module")
def sample() -> Corpus:
    return load_corpus([SAMPLE_CORPUS], use_cache=False)


def seed_000(**changes: object) -> Event:
    """A hand-made event with seed 000's metadata, to vary one thing at a time."""
    fields: dict[str, object] = dict(
        id="000_50ebe80c16c47d9e",
        title=TITLE,
        date=dt.date(2025, 12, 2),
        place="NATO Headquarters, Brussels",
        kind="press conference",
        url=URL,
        statement=[Turn("principal", "Mark Rutte", "NATO Secretary General", ["Good afternoon. We meet tomorrow."])],
        turns=[Turn("moderator", "Allison Hart", "NATO Spokesperson", ["Okay, second row."]), UNGAR, RUTTE],
    )
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


@pytest.fixture
def quote(sample: Corpus) -> Quote:
    """The first sentence of Rutte's first answer in seed 000, as loaded from the sample."""
    return quote_for(sample.event("000"), "turns", 2, sentence=0)


def cite(quote: Quote, style: str) -> str:
    return format_citation(quote, style, accessed=ACCESSED)


def entry(citation: str) -> str:
    """The reference entry of an APA/Chicago/MLA citation (after the quoted sentence)."""
    quoted, blank, rest = citation.partition("\n\n")
    assert quoted == '"Well, thank you for that question."' and blank
    return rest


# --- the worked examples ---------------------------------------------------------------


def test_plain_worked_example(quote: Quote) -> None:
    assert cite(quote, "plain") == (
        '"Well, thank you for that question," NATO Secretary General Mark Rutte said at a press '
        f"conference at NATO Headquarters, Brussels, on 2 December 2025.\n{URL}"
    )


def test_plain_is_the_default_style(quote: Quote) -> None:
    assert list(STYLES)[0] == "plain"
    assert format_citation(quote, accessed=ACCESSED) == cite(quote, "plain")


def test_markdown_worked_example(quote: Quote) -> None:
    assert cite(quote, "markdown") == (
        "> Well, thank you for that question.\n"
        ">\n"
        f"> — NATO Secretary General Mark Rutte, [{TITLE}]({URL}), NATO Headquarters, Brussels, 2 December 2025"
    )


def test_apa_worked_example(quote: Quote) -> None:
    assert entry(cite(quote, "apa")) == (
        f"Rutte, M. (2025, December 2). *{TITLE}* [Press conference transcript]. "
        f"North Atlantic Treaty Organization. {URL}"
    )


def test_chicago_worked_example(quote: Quote) -> None:
    assert entry(cite(quote, "chicago")) == (
        f'Mark Rutte, "{TITLE}" (press conference, NATO Headquarters, Brussels, December 2, 2025), {URL}.'
    )


def test_mla_worked_example(quote: Quote) -> None:
    assert entry(cite(quote, "mla")) == (
        f'Rutte, Mark. "{TITLE}." *NATO*, 2 Dec. 2025, {URL}. Accessed 5 Jan. 2026.'
    )


def test_mla_month_abbreviations() -> None:
    expected = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
    for month, abbreviation in enumerate(expected, start=1):
        event = seed_000(date=dt.date(2025, month, 9))
        text = format_citation(quote_for(event, "turns", 2, sentence=0), "mla", accessed=dt.date(2026, month, 1))
        assert f"*NATO*, 9 {abbreviation} 2025," in text
        assert text.endswith(f"Accessed 1 {abbreviation} 2026.")


def bibtex_fields(text: str) -> dict[str, str]:
    return dict(re.findall(r"^  (\w+) = (.*),$", text, flags=re.M))


def test_bibtex_worked_example(quote: Quote) -> None:
    text = cite(quote, "bibtex")
    assert text.startswith("@misc{rutte2025preministerial,\n") and text.endswith("\n}")
    assert bibtex_fields(text) == {
        "author": "{Rutte, Mark}",
        "title": "{{" + TITLE + "}}",
        "howpublished": "{Press conference transcript}",
        "address": "{NATO Headquarters, Brussels}",
        "organization": "{North Atlantic Treaty Organization}",
        "year": "{2025}",
        "month": "dec",
        "url": "{" + URL + "}",
        "urldate": "{2026-01-05}",
    }


def test_bibtex_escapes_specials_and_keeps_braces_balanced() -> None:
    event = seed_000(title="Q&A on 100% of {budget} #1 for $5_000 ~ ^ \\", url="https://x.org/a{b}c")
    text = format_citation(quote_for(event, "turns", 2, sentence=0), "bibtex", accessed=ACCESSED)
    fields = bibtex_fields(text)
    assert fields["title"] == (
        r"{{Q\&A on 100\% of \{budget\} \#1 for \$5\_000 \~{} \^{} \textbackslash{}}}"
    )
    assert fields["url"] == "{https://x.org/a%7Bb%7Dc}"
    depth = 0
    for ch in text.replace("\\{", "").replace("\\}", ""):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        assert depth >= 0
    assert depth == 0


def test_csl_json_worked_example(quote: Quote) -> None:
    items = json.loads(cite(quote, "csl-json"))
    assert items == [
        {
            "id": "rutte2025preministerial",
            "type": "speech",
            "genre": "Press conference transcript",
            "author": [{"family": "Rutte", "given": "Mark"}],
            "title": TITLE,
            "event": TITLE,
            "event-place": "NATO Headquarters, Brussels",
            "publisher": "North Atlantic Treaty Organization",
            "issued": {"date-parts": [[2025, 12, 2]]},
            "URL": URL,
            "accessed": {"date-parts": [[2026, 1, 5]]},
        }
    ]


def test_unknown_style_is_a_clear_error(quote: Quote) -> None:
    with pytest.raises(ValueError, match="harvard.*plain"):
        format_citation(quote, "harvard")


# --- who said it, where ------------------------------------------------------------------


def test_the_speaker_is_who_said_it_not_the_host() -> None:
    question = quote_for(seed_000(), "turns", 1, sentence=2)
    plain = format_citation(question, "plain", accessed=ACCESSED)
    assert plain.startswith(
        '"Secretary General, what about drones?" Vlad Ungar (Romanian National TV) said at a press conference'
    )
    assert "Rutte said" not in plain
    assert entry_of(format_citation(question, "apa", accessed=ACCESSED)).startswith("Ungar, V. (2025")
    assert json.loads(format_citation(question, "csl-json"))[0]["author"] == [{"family": "Ungar", "given": "Vlad"}]


def entry_of(citation: str) -> str:
    return citation.partition("\n\n")[2]


@pytest.mark.parametrize(
    ("turn", "phrase"),
    [
        (Turn("principal", "Volodymyr Zelenskyy", "President", ["Yes."]), "President Volodymyr Zelenskyy said"),
        (Turn("moderator", "", "NATO Spokesperson", ["Yes."]), "the NATO Spokesperson said"),
        (Turn("moderator", "", "", ["Yes."]), "the moderator said"),
        (Turn("questioner", "", "Reuters", ["Yes."]), "a reporter (Reuters) said"),
        (Turn("questioner", "", "", ["Yes."]), "a reporter said"),
        (Turn("principal", "", "", ["Yes."]), "a speaker said"),
    ],
)
def test_speaker_phrases(turn: Turn, phrase: str) -> None:
    text = format_citation(quote_for(seed_000(turns=[turn]), "turns", 0), "plain")
    assert f'"Yes," {phrase} at a press conference' in text


@pytest.mark.parametrize(
    ("kind", "place", "words"),
    [
        ("joint press conference", "Kyiv, Ukraine", "at a joint press conference in Kyiv, Ukraine, on 2 December"),
        ("doorstep", "NATO Headquarters", "at a doorstep statement at NATO Headquarters on 2 December"),
        ("press point", "", "at a press point on 2 December"),
        ("", "Brussels", "said in Brussels on 2 December"),
    ],
)
def test_plain_event_phrases(kind: str, place: str, words: str) -> None:
    text = format_citation(quote_for(seed_000(kind=kind, place=place), "turns", 2, sentence=0), "plain")
    assert words in text


def test_publisher_only_for_nato_urls() -> None:
    event = seed_000(url="https://example.org/notnato.int/transcript")
    quote = quote_for(event, "turns", 2, sentence=0)
    for style in STYLES:
        text = format_citation(quote, style, accessed=ACCESSED)
        assert "North Atlantic Treaty Organization" not in text and "*NATO*" not in text, style
    assert entry_of(format_citation(quote, "mla", accessed=ACCESSED)) == (
        f'Rutte, Mark. "{TITLE}." 2 Dec. 2025, https://example.org/notnato.int/transcript. Accessed 5 Jan. 2026.'
    )


def test_family_name_particles_stay_with_the_family_name() -> None:
    turn = Turn("principal", "Ursula von der Leyen", "President of the European Commission", ["We agree."])
    quote = quote_for(seed_000(turns=[turn]), "turns", 0)
    assert entry_of(format_citation(quote, "apa")).startswith("von der Leyen, U. (2025")
    assert entry_of(format_citation(quote, "mla")).startswith("von der Leyen, Ursula.")


# --- missing metadata -----------------------------------------------------------------------

# Things a citation assembled from missing pieces tends to show.
_DEBRIS = re.compile(r"None|\(\s*\)|\[\s*\]|\{\s*\}|\*\*|\.\.|,,|,\s*\.|\s[,.]|\(\s*,|,\s*\)|\s$|^\s|  ")

# Each piece of metadata, with a marker that shows up in a citation only if it is used.
FULL = {
    "date": (dt.date(1999, 7, 9), "1999"),
    "place": ("Placeville Hall, Somewhere", "Placeville"),
    "url": ("https://www.nato.int/urlmarker", "urlmarker"),
    "title": ("Titlemarker press briefing", "Titlemarker"),
    "speaker": ("Zed Speakerman", "Speakerman"),
}

# What a style leaves out even when it is known (plain names the event by its URL;
# APA and MLA do not give the place).
UNUSED = {"plain": ("title",), "apa": ("place",), "mla": ("place",)}


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize(
    "missing", [combo for n in range(len(FULL) + 1) for combo in itertools.combinations(FULL, n)]
)
def test_missing_metadata_degrades_cleanly(style: str, missing: tuple[str, ...]) -> None:
    value = {name: (None if name == "date" else "") if name in missing else FULL[name][0] for name in FULL}
    turn = Turn("principal", value.pop("speaker"), "", ["It is done."])
    event = Event(id="e", kind="press conference", turns=[turn], **value)  # type: ignore[arg-type]
    text = format_citation(quote_for(event, "turns", 0), style, accessed=ACCESSED)
    for name, (_, marker) in FULL.items():
        used = name not in missing and name not in UNUSED.get(style, ())
        assert (marker in text) == used, (name, text)
    if style == "csl-json":
        item = json.loads(text)[0]
        assert all(value not in ("", [], {}, None) for value in item.values())
        return
    for line in text.splitlines():
        if style == "bibtex":
            line = line.removeprefix("  ")  # BibTeX fields are indented
        assert not _DEBRIS.search(line), line


def test_everything_missing_still_says_something() -> None:
    quote = quote_for(Event(id="x", turns=[Turn("questioner", "", "", ["Why?"])]), "turns", 0)
    assert format_citation(quote, "plain") == '"Why?" a reporter said.'
    assert entry_of(format_citation(quote, "apa")) == "[Transcript]. (n.d.)."
    assert entry_of(format_citation(quote, "chicago")) == "Remarks."
    assert entry_of(format_citation(quote, "mla")) == "Transcript."
    assert format_citation(quote, "bibtex") == "@misc{anon,\n  howpublished = {Transcript},\n}"


def test_untitled_event_is_described_by_its_kind() -> None:
    quote = quote_for(seed_000(title="", url=""), "turns", 2, sentence=0)
    assert entry_of(format_citation(quote, "apa")) == "Rutte, M. (2025, December 2). [Press conference transcript]."
    assert entry_of(format_citation(quote, "chicago")) == (
        "Mark Rutte, press conference (NATO Headquarters, Brussels, December 2, 2025)."
    )
    assert entry_of(format_citation(quote, "mla")) == "Rutte, Mark. Press conference. 2 Dec. 2025."


def test_title_ending_in_a_question_mark_is_not_double_punctuated() -> None:
    quote = quote_for(seed_000(title="What next for NATO?", url=""), "turns", 2, sentence=0)
    assert '"What next for NATO?" (press conference' in format_citation(quote, "chicago")
    assert 'Rutte, Mark. "What next for NATO?" 2 Dec. 2025.' in format_citation(quote, "mla")
    assert "*What next for NATO?* [Press conference transcript]." in format_citation(quote, "apa")


# --- the quote itself -----------------------------------------------------------------------


def test_question_keeps_its_mark_and_gets_no_comma() -> None:
    quote = quote_for(seed_000(), "turns", 1, sentence=2)
    assert format_citation(quote, "plain").startswith('"Secretary General, what about drones?" Vlad')


def test_inner_double_quotes_become_single() -> None:
    turn = Turn("principal", "Mark Rutte", "", ['We call it "Eastern Sentry" now.'])
    text = format_citation(quote_for(seed_000(turns=[turn]), "turns", 0), "plain")
    assert text.startswith("\"We call it 'Eastern Sentry' now,\" Mark Rutte said")


def test_markdown_escapes_formatting_in_the_quote() -> None:
    turn = Turn("principal", "Mark_Rutte", "", ["1. Not a *list* [link](x) <b>."])
    text = format_citation(quote_for(seed_000(turns=[turn], title="A [b] title"), "turns", 0), "markdown")
    lines = text.splitlines()
    assert all(line.startswith(">") for line in lines)
    assert lines[0] == r"> 1\. Not a \*list\* \[link\](x) \<b\>."
    assert lines[2].startswith(r"> — Mark\_Rutte, [A \[b\] title](")


def test_markdown_link_url_cannot_break_out_of_the_link() -> None:
    quote = quote_for(seed_000(url="https://nato.int/a_(b) c"), "turns", 2, sentence=0)
    assert "(https://nato.int/a_%28b%29%20c)" in format_citation(quote, "markdown")


def test_quote_text_is_cleaned_of_controls() -> None:
    turn = Turn("principal", "Mark Rutte", "", ["Yes \x1b]52;c;ZXZpbA==\x07we \x1b[2Jdo\u202e.\tAgain [bold]."])
    quote = quote_for(seed_000(turns=[turn]), "turns", 0)
    assert quote.text == "Yes we do. Again [bold]."
    for style in STYLES:
        text = format_citation(quote, style)
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]", text), style


def test_sentence_counts_across_paragraphs() -> None:
    event = seed_000()
    assert quote_for(event, "turns", 2, sentence=3).text == "So, first of all, you mentioned already Eastern Sentry."
    with pytest.raises(LookupError, match="5 sentences"):
        quote_for(event, "turns", 2, sentence=5)


def test_span_in_a_paragraph_widens_to_whole_sentences() -> None:
    event = seed_000()
    paragraph = RUTTE.paragraphs[0]
    start = paragraph.index("successful")
    quote = quote_for(event, "turns", 2, paragraph=0, span=(start, start + 5))
    assert quote.text == "And I had a very successful meeting in Romania."
    end = paragraph.index("three")
    quote = quote_for(event, "turns", 2, paragraph=0, span=(start, end))
    assert quote.text == (
        "And I had a very successful meeting in Romania. I think it was now three, four weeks ago in Bucharest."
    )


def test_span_over_the_whole_turn_crosses_paragraphs() -> None:
    event = seed_000()
    start = RUTTE.text.index("Bucharest")
    end = RUTTE.text.index("mentioned")
    quote = quote_for(event, "turns", 2, span=(start, end))
    assert quote.text == (
        "I think it was now three, four weeks ago in Bucharest. So, first of all, you mentioned already Eastern Sentry."
    )


def test_paragraph_alone_is_that_paragraph() -> None:
    quote = quote_for(seed_000(), "turns", 2, paragraph=1)
    assert quote.text == RUTTE.paragraphs[1]


def test_whole_turn_and_statement() -> None:
    event = seed_000()
    assert quote_for(event, "turns", 2).text == " ".join(RUTTE.paragraphs)
    assert quote_for(event, "statement", 0).text == "Good afternoon. We meet tomorrow."


def test_long_turn_is_capped_at_whole_sentences() -> None:
    sentences = [f"This is sentence number {n} of a long answer." for n in range(40)]
    turn = Turn("principal", "Mark Rutte", "", [" ".join(sentences[:20]), " ".join(sentences[20:])])
    text = quote_for(seed_000(turns=[turn]), "turns", 0).text
    assert len(text) <= QUOTE_LIMIT + 2 and text.endswith(". …")
    kept = text.removesuffix(" …")
    assert kept == " ".join(sentences[: kept.count(".")])


def test_one_endless_sentence_is_cut_at_a_word() -> None:
    turn = Turn("principal", "Mark Rutte", "", ["word " * 1000])
    text = quote_for(seed_000(turns=[turn]), "turns", 0).text
    assert text.endswith("word …") and len(text) <= QUOTE_LIMIT + 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("turns", 3), "3 turns; there is no turn 3"),
        (("statement", 1), "opening statement has 1 turns"),
    ],
)
def test_missing_turn_is_a_lookup_error(args: tuple[str, int], message: str) -> None:
    with pytest.raises(LookupError, match=message):
        quote_for(seed_000(), *args)


def test_missing_paragraph_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="no paragraph 2"):
        quote_for(seed_000(), "turns", 2, paragraph=2)


def test_bad_part_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="statement"):
        quote_for(seed_000(), "thread", 0)


# --- on the sample corpus -----------------------------------------------------------------


def test_the_host_is_not_credited_with_a_co_hosts_words(sample: Corpus) -> None:
    text = format_citation(quote_for(sample.event("002"), "turns", 4), "plain")
    assert text.startswith(
        '"Because of the number of the ballistic missiles," President Volodymyr Zelenskyy said at a joint '
        "press conference in Kyiv, Ukraine, on 3 February 2026.\nhttps://www.nato.int/"
    )


def test_seed_003_reply(sample: Corpus) -> None:
    quote = quote_for(sample.event("003"), "turns", 29, sentence=1)
    assert quote.text == "You will accept that I cannot tell you everything."
    assert quote.turn.speaker == "Mark Rutte"


# --- `presser cite` ------------------------------------------------------------------------


def run_cite(argv: list[str]) -> int:
    from tui.commands import cite as command
    from tui.commands.common import add_corpus_argument

    parser = argparse.ArgumentParser(prog="presser cite")
    add_corpus_argument(parser)
    command.add_arguments(parser)
    return command.run(parser.parse_args(["--corpus", str(SAMPLE_CORPUS), *argv]))


def test_cite_command_prints_the_worked_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cite(["000", "2", "--sentence", "0"]) == 0
    out, err = capsys.readouterr()
    assert out == (
        '"Well, thank you for that question," NATO Secretary General Mark Rutte said at a press '
        f"conference at NATO Headquarters, Brussels, on 2 December 2025.\n{URL}\n"
    )
    assert err == ""


def test_cite_command_statement_and_style(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cite(["002", "s", "--sentence", "1", "--style", "csl-json"]) == 0
    item = json.loads(capsys.readouterr().out)[0]
    assert item["author"] == [{"family": "Rutte", "given": "Mark"}] and item["issued"] == {"date-parts": [[2026, 2, 3]]}


def test_cite_command_style_comes_from_the_config(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.config import config_path

    config_path().parent.mkdir(parents=True)
    config_path().write_text('citation_style = "mla"\n')
    assert run_cite(["003", "29", "--sentence", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('"You will accept that I cannot tell you everything."\n\nRutte, Mark. "Pre-ministerial')


def test_cite_command_reports_a_bad_config_and_carries_on(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.config import config_path

    config_path().parent.mkdir(parents=True)
    config_path().write_text('citation_style = "harvard"\n')
    assert run_cite(["000", "2", "--sentence", "0"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith('"Well, thank you for that question," NATO')
    assert err.count("\n") == 1 and "warning" in err and "'harvard' is not a style" in err


def test_cite_command_missing_turn_names_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cite(["002", "99"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "002_860bc5c4c8bd8598.txt" in err and "no turn 99" in err


def test_cite_command_unknown_event(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cite(["nope", "1"]) == 1
    assert "nope" in capsys.readouterr().err


@pytest.mark.parametrize("turn", ["x", "-1", "s-1", "1.5"])
def test_cite_command_bad_turn_is_a_usage_error(turn: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_cite(["000", turn])
    assert exit_.value.code == 2
    assert "is not a turn" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "turn"), [("12", ("turns", 12)), ("s", ("statement", 0)), ("statement", ("statement", 0)), ("S1", ("statement", 1))]
)
def test_parse_turn(text: str, turn: tuple[str, int]) -> None:
    from tui.commands.cite import parse_turn

    assert parse_turn(text) == turn


def test_cite_copy_without_a_terminal_sends_no_escape_sequence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSH_TTY", "/dev/pts/0")  # no local tools either: nothing can work
    assert run_cite(["000", "2", "--sentence", "0", "--copy"]) == 1
    out, err = capsys.readouterr()
    assert "\x1b" not in out
    assert err == "presser: Could not copy to the clipboard\n"


def test_osc52_writer_on_a_terminal() -> None:
    from tui.commands.cite import osc52_writer

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    write = osc52_writer(terminal)
    assert write is not None and osc52_writer(io.StringIO()) is None
    write("“Tango”")
    assert terminal.getvalue() == "\x1b]52;c;" + base64.b64encode("“Tango”".encode()).decode() + "\x07"


def test_selecting_only_the_space_between_sentences_gives_the_next_one() -> None:
    gap = RUTTE.text.index(" And I")
    quote = quote_for(seed_000(), "turns", 2, span=(gap, gap + 1))
    assert quote.text == "And I had a very successful meeting in Romania."
    paragraph_break = len(RUTTE.paragraphs[0]) + 1
    quote = quote_for(seed_000(), "turns", 2, span=(paragraph_break, paragraph_break))
    assert quote.text == "So, first of all, you mentioned already Eastern Sentry."
