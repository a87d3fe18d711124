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


def test_a_principals_cue_after_a_reporters_thanks_opens_the_next_thread() -> None:
    text = HEAD + (
        "Question: Tara Mendez, Defense One. Is the Army's budget a cut?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
        "Question: Thank you.\n"
        "Mark Rutte (NATO Secretary General): Jim.\n"
        "Question: Jim Carraway, Fox News. How long will the carrier stay?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[0, 1, 2], [3, 4, 5]]


def test_an_outlet_asking_again_follows_up_unless_it_changes_subject() -> None:
    text = (
        "Spokesperson Song Yiran: " + "We will take necessary measures to protect our interests. " * 8 + "\n"
        "Bloomberg: The US announced sanctions on twelve companies. What is your response?\n"
        "Song Yiran: We will take necessary measures to firmly safeguard the rights of Chinese companies.\n"
        "Bloomberg: What measures specifically?\n"
        "Song Yiran: Please stay tuned.\n"
        "Reuters: What happened at the shoal?\n"
        f"Song Yiran: {ANSWER}\n"
        "Reuters: A second question, on a different subject. Were the arrests discussed?\n"
        f"Song Yiran: {ANSWER}\n"
    )
    assert threads(text) == [[0, 1, 2, 3], [4, 5], [6, 7]]


def test_an_unnamed_follow_up_stays_with_the_named_reporter() -> None:
    text = HEAD + (
        "Carla Mendes (Moderator): Next is Jonas.\n"
        "Jonas Berger (ORF): On China. Is the language tougher now?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
        "Unknown Speaker: And just to follow up on my question, 5G. Will there be common rules?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
        "Carla Mendes (Moderator): Thank you. One last question. Teresa.\n"
    )
    assert threads(text) == [[1, 2, 3, 4]]


def test_an_aside_about_the_microphone_keeps_the_anonymous_reporter() -> None:
    text = HEAD + (
        "Moderator: Questions? Yes, in the front.\n"
        "Question: Thank you, Maggie from -- [off mic]\n"
        "Moderator: Your microphone, please.\n"
        "Question: Sorry. A question for both of you. Will the missions be merged?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[1, 2, 3, 4]]


def test_after_a_reporters_thanks_the_moderators_next_name_starts_a_thread() -> None:
    text = HEAD + (
        "Moderator: First question, please.\n"
        "Question: Will you go to the summit?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
        "Question: Thanks.\n"
        "Moderator: Now we have Julian Barnes from the New York Times.\n"
        "Question: Are you worried about China?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[1, 2, 3], [5, 6]]


def test_an_outlet_with_a_new_full_question_after_an_answer_starts_a_thread() -> None:
    text = HEAD + (
        "Question (Bloomberg): Five percent?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
        "Question (Bloomberg): Will the United States attend the summit in The Hague?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[0, 1], [2, 3]]


def test_a_principal_confirming_the_line_keeps_the_reporter_and_a_double_cue_opens_a_thread() -> None:
    text = HEAD + (
        "Operator: Our first question comes from the line of Carla Jiménez with EFE. Your line is open.\n"
        "Question: Hi, Dan. Can you hear me?\n"
        "Mark Rutte (NATO Secretary General): We can hear you, Carla. Go ahead.\n"
        "Question: Great, thank you. On the Red Sea: was a Navy ship involved?\n"
        f"Fiona Keane (Defence Secretary): {ANSWER}\n"
        "Mark Rutte (NATO Secretary General): Right. The Times, and then GB News.\n"
        "Question: Prime Minister, are you still ready to put troops on the ground?\n"
        f"Mark Rutte (NATO Secretary General): {ANSWER}\n"
    )
    assert threads(text) == [[1, 2, 3, 4], [5, 6, 7]]
