"""Caption files (WebVTT, SubRip) read back into speech before parsing."""

from __future__ import annotations

from tui.transcript.captions import from_captions, is_captions
from tui.transcript.parser import parse_text

VTT = """WEBVTT
Kind: captions

NOTE
Joint press point by NATO Secretary General Mark Rutte

1
00:00:00.800 --> 00:00:04.200
<v Mark Rutte>Good afternoon. We discussed the
Western Balkans and <i>cyber</i> attacks.

2
00:00:04.300 --> 00:00:08.900
<v Mark Rutte>We know who is behind them.</v>

NOTE audio dropped here

3
00:00:09.000 --> 00:00:11.000
<v Allison Hart>Questions? Teodora.

4
00:00:11.100 --> 00:00:13.000
- So that's a yes?
- Let me finish.
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
MODERATOR: First question, please.

2
00:00:03,100 --> 00:00:06,000
QUESTION: Will NATO
send more troops?

3
00:00:06,100 --> 00:00:09,000
SECRETARY GENERAL: We will do what it takes.
"""


def test_webvtt_cues_become_one_paragraph_per_voice() -> None:
    assert is_captions(VTT)
    text = from_captions(VTT)
    assert text.startswith("Joint press point by NATO Secretary General Mark Rutte\n\n")
    assert ("Mark Rutte: Good afternoon. We discussed the Western Balkans and cyber attacks. "
            "We know who is behind them.") in text
    assert "Allison Hart: Questions? Teodora." in text
    assert "Unidentified speaker: So that's a yes?" in text and "audio dropped" not in text
    assert "-->" not in text and "<" not in text


def test_a_caption_file_parses_into_turns() -> None:
    event = parse_text(VTT)
    people = [(t.speaker, t.text) for t in [*event.statement, *event.turns]]
    assert people[0][0] == "Mark Rutte" and people[0][1].endswith("We know who is behind them.")
    assert ("Allison Hart", "Questions? Teodora.") in people
    assert ("", "So that's a yes?") in people


def test_subrip_timings_and_numbers_go() -> None:
    assert is_captions(SRT)
    event = parse_text(SRT)
    turns = [*event.statement, *event.turns]
    assert [t.role for t in turns] == ["moderator", "questioner", "principal"]
    assert turns[1].text == "Will NATO send more troops?"


def test_ordinary_text_with_a_time_range_is_not_captions() -> None:
    assert not is_captions("Q: When?\n\nA: The meeting ran 10:00:00.000 --> 11:00:00.000 yesterday.\n")


def test_live_caption_speaker_changes_and_a_sentence_starting_with_note() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n>> SECRETARY GENERAL: WE WILL DO WHAT IT TAKES.\n\n"
        "2\n00:00:03,100 --> 00:00:06,000\nNOTE THAT WE AGREED ON THREE THINGS.\n\n"
        "3\n00:00:06,100 --> 00:00:09,000\n>> MR. SECRETARY GENERAL. WHAT ABOUT UKRAINE?\n"
    )
    text = from_captions(srt)
    assert "NOTE THAT WE AGREED ON THREE THINGS." in text
    assert text.rstrip().endswith("\n\n>> MR. SECRETARY GENERAL. WHAT ABOUT UKRAINE?")
