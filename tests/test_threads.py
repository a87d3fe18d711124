"""Thread rules on small transcripts: where a question's thread ends."""

from __future__ import annotations

from tui.transcript.parser import parse_text

# An opening statement long enough to be one (the parser wants someone to speak at length).
HEAD = "Mark Rutte (NATO Secretary General): Good afternoon. " + "We met today to take stock of our support. " * 8 + "\n"
ANSWER = "Well, we will keep working with all Allies on this, because it matters a great deal to our security."


def threads(text: str) -> list[list[int]]:
    return [thread.turns for thread in parse_text(text).threads]


def test_a_moderators_aside_to_the_reporter_holding_the_floor_stays_in_the_thread() -> None:
    text = HEAD + (
        "Allison Hart (NATO Spokesperson): We'll go online now. Giorgi, you should be able to unmute.\n"
        "Giorgi Abashidze (Imedi TV): Hello? Can you hear me?\n"
        "Allison Hart (NATO Spokesperson): We can hear you. Go ahead.\n"
        "Giorgi Abashidze (Imedi TV): Thank you. Secretary General, what about Georgia's path to membership?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
        "Allison Hart (NATO Spokesperson): Sophie, France 24.\n"
        "Sophie Marchand (France 24): Does NATO know who flew the drones?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[1, 2, 3, 4], [6, 7]]


def test_an_aside_between_two_anonymous_turns_of_one_question_stays_in_it() -> None:
    text = HEAD + (
        "Moderator: Next, in the middle.\n"
        "Question: Thank you. Can you say what the commander asked for today? (inaudible) air defence.\n"
        "Moderator: Sorry, could you repeat the end? Your microphone was off.\n"
        "Question: Did he ask for more air defence?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[1, 2, 3, 4]]


def test_a_moderators_cue_to_another_reporter_ends_the_thread() -> None:
    text = HEAD + (
        "Allison Hart (NATO Spokesperson): Reuters.\n"
        "Andrew Gray (Reuters): What is the plan for the summit?\n"
        "Allison Hart (NATO Spokesperson): Sorry, we are short of time. Next, Teri, NPR, go ahead please.\n"
        "Teri Schultz (NPR): And the budget for next year, will it grow?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[1], [3, 4]]
