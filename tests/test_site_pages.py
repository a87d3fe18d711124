"""Transcripts as publishers' sites present them: page chrome above and below the
speech, header lines that name the people, and the label conventions of each site.
Each case is a small invented page in the shape the site gives it."""

from __future__ import annotations

from tui.transcript.parser import parse_text

ANSWER = "Well, we will keep working with all Allies on this, because it matters a great deal to our security."
# An opening statement's length: what makes an opening a statement, not a welcome.
LONG = ("We have three things to report today. The Commission disbursed a first payment to Ukraine this "
        "morning, and the College will discuss agriculture tomorrow. There will also be a press point at "
        "one o'clock with the Swedish Prime Minister, and the details are in the agenda you received. "
        "Finally, the ministers agreed to keep working together on air defence, on ammunition and on the "
        "protection of undersea cables, which matter to every one of us.")


def who(text: str) -> list[tuple[str, str]]:
    return [(t.role, t.speaker) for t in parse_text(text).turns]


def spoken(text: str) -> str:
    event = parse_text(text)
    return " ".join(t.text for t in [*event.statement, *event.turns])


def test_a_spokesperson_who_opens_with_announcements_is_the_principal() -> None:
    text = (
        f"Lucia Barrantes (Chief Spokesperson)\n{LONG}\n\n"
        "Jorge Salvat (EFE)\nA question for Ines: is this enough?\n\n"
        f"Ines Carvalho (Spokesperson for Defence)\n{ANSWER}\n\n"
        "Lucia Barrantes (Chief Spokesperson)\nThank you. Alessandra.\n\n"
        "Alessandra Ricci (ANSA)\nWhat about Sweden?\n\n"
        f"Ines Carvalho (Spokesperson for Defence)\n{ANSWER}\n"
    )
    event = parse_text(text)
    assert [(t.role, t.speaker) for t in event.statement] == [("principal", "Lucia Barrantes")]
    # one who only introduces the principal stays the moderator
    introduced = (
        "NATO Spokesperson Allison Hart: Good afternoon. The Secretary General will start with a few words.\n"
        f"NATO Secretary General Mark Rutte: {LONG}\n"
        "NATO Spokesperson Allison Hart: Reuters.\n"
        "Andrew Gray, Reuters: Is it enough?\n"
        f"NATO Secretary General Mark Rutte: {ANSWER}\n"
    )
    assert ("moderator", "Allison Hart") in [(t.role, t.speaker) for t in parse_text(introduced).statement]


def test_a_chair_label_names_the_seat() -> None:
    text = (
        "CHAIR: Good morning. The Deputy Spokesperson will begin.\n\n"
        f"DEPUTY GOVERNMENT SPOKESPERSON: {LONG}\n\n"
        "CHAIR: Thank you. Mr Brandt.\n\n"
        "QUESTION BRANDT: Will the Bundeswehr take part?\n\n"
        f"DEFENCE MINISTRY SPOKESPERSON: {ANSWER}\n"
    )
    event = parse_text(text)
    assert [(t.role, t.affiliation) for t in event.statement] == [
        ("moderator", "Chair"), ("principal", "Deputy Government Spokesperson")]


def test_a_committee_evidence_session_names_chair_and_witnesses_from_its_header() -> None:
    text = (
        "Defence Committee\n\nOral evidence: UK contribution to NATO's eastern flank, HC 512\n\n"
        "Tuesday 11 March 2025\n\nOrdered by the House of Commons to be published on 11 March 2025.\n\n"
        "Members present: Mr Robert Ashworth (Chair); Dr Fiona Carrick; Mr Owen Daley.\n\nQuestions 1 - 6\n\n"
        "Witnesses\n\nI: Rt Hon Helen Marsden MP, Minister of State for the Armed Forces, Ministry of Defence; and "
        "Air Marshal Sir Peter Quinlan, Deputy Chief of the Defence Staff (Military Strategy and Operations), "
        "Ministry of Defence.\n\n"
        "Q1\tChair: Good morning, and welcome. Minister, you would like to say a few words first.\n\n"
        f"Helen Marsden: {LONG}\n\n"
        "Q2\tChair: Thank you. How long would it take to get the brigade there?\n\n"
        f"Helen Marsden: {ANSWER}\n\n"
        "Q3\tDr Carrick: Has the ammunition shortage changed?\n\n"
        f"Air Marshal Quinlan: {ANSWER}\n"
    )
    event = parse_text(text)
    assert event.kind == "hearing"
    assert [(t.role, t.speaker) for t in event.statement] == [
        ("moderator", "Robert Ashworth"), ("principal", "Helen Marsden")]
    assert [(t.role, t.speaker) for t in event.turns] == [
        ("questioner", "Robert Ashworth"), ("principal", "Helen Marsden"),
        ("questioner", "Fiona Carrick"), ("principal", "Peter Quinlan")]
    assert "Questions 1" not in spoken(text) and "Ordered by" not in spoken(text)


def test_family_names_in_capitals_and_headings_between_questions() -> None:
    text = (
        "Press Conference by Foreign Minister NAKAGAWA Haruto\n"
        f"Mr. NAKAGAWA Haruto, Minister for Foreign Affairs: {LONG}\n"
        "NATO Foreign Ministers’ Meeting\n"
        "Tanabe, Kyodo News: Will the Prime Minister attend the Summit?\n"
        f"Minister Nakagawa: {ANSWER}\n"
        "Japan-China Relations\n"
        "Morishita, Asahi Shimbun: Is there any prospect of a meeting?\n"
        f"Minister Nakagawa: {ANSWER}\n"
        "Back to Press Conferences\nPage Top\nSitemap\nPrivacy Policy\nCopyright © Ministry of Foreign Affairs of Japan\n"
    )
    assert who(text) == [
        ("questioner", "Tanabe"), ("principal", "Nakagawa Haruto"),
        ("questioner", "Morishita"), ("principal", "Nakagawa Haruto")]
    text_spoken = spoken(text)
    assert "Japan-China Relations" not in text_spoken and "Sitemap" not in text_spoken


def test_banners_above_the_title_and_a_spokesperson_named_in_a_sentence() -> None:
    text = (
        "Aller au contenu principal\n\nRépublique française\n\n"
        "France Diplomatie - Ministère de l’Europe et des Affaires étrangères\n\nRechercher\nMenu\n\n"
        "Point de presse - Déclarations du porte-parole (18 novembre 2025)\n\nPartager\n\n"
        "Au cours du point de presse de ce jour, le porte-parole, M. Étienne Roussel, a fait les déclarations "
        "et répondu aux questions suivantes :\n\n"
        "1 - Ukraine - Frappes russes contre les infrastructures énergétiques\n\n"
        "La France condamne avec la plus grande fermeté les frappes de cette nuit.\n\n"
        "Q : La France va-t-elle livrer de nouvelles batteries ?\n\n"
        "R : La France a déjà livré des systèmes à l’Ukraine et continue de le faire.\n\n"
        "Q : Et les drones au-dessus de la base ?\n\n"
        "R : Une enquête est en cours, je ne peux pas en dire plus aujourd’hui.\n\n"
        "Q : Et la réunion de décembre ?\n\n"
        "R : Le ministre y participera, comme chaque année.\n"
    )
    event = parse_text(text)
    assert str(event.date) == "2025-11-18"
    assert [(t.speaker, t.text) for t in event.statement] == [
        ("Étienne Roussel", "La France condamne avec la plus grande fermeté les frappes de cette nuit.")]
    assert {t.speaker for t in event.turns if t.role == "principal"} == {"Étienne Roussel"}


def test_a_government_page_with_cookie_banner_summary_line_and_footer() -> None:
    text = (
        "Cookies on GOV.UK\n\nWe use some essential cookies to make this website work.\n\n"
        "Accept additional cookies\n\nReject additional cookies\n\nSkip to main content\n\nGOV.UK\n\nMenu\n\n"
        "PM remarks at NATO Summit press conference: 11 July 2024\n\n"
        "Prime Minister Keir Starmer held a press conference at the NATO Summit in Washington DC.\n\n"
        "Published\n\n11 July 2024\n\n"
        f"Good afternoon.\n\n{LONG}\n\n"
        "Laura Pendry, BBC News: Isn't that a fudge?\n\n"
        f"PM: {ANSWER}\n\n"
        "Tom Sandys, ITV: And on Ukraine?\n\n"
        f"PM: {ANSWER}\n\n"
        "NATO Summit 2024\n\nExplore the topic\n\nIs this page useful?\n\nMaybe\n\nReport a problem with this page\n\n"
        "Help Privacy Cookies Accessibility statement Contact Terms and conditions Government Digital Service\n\n"
        "All content is available under the Open Government Licence v3.0, except where otherwise stated\n\n"
        "© Crown copyright\n"
    )
    event = parse_text(text)
    assert [t.speaker for t in event.statement] == ["Keir Starmer"]
    assert event.statement[0].paragraphs[0] == "Good afternoon."
    assert [(t.role, t.speaker) for t in event.turns][1::2] == [("principal", "Keir Starmer")] * 2
    assert event.turns[-1].text == ANSWER


def test_interpretation_notes_are_not_part_of_who_speaks() -> None:
    text = (
        "Press conference by Federal Chancellor Scholz and Prime Minister Tusk of Poland\n\n"
        f"Federal Chancellor Scholz: {LONG}\n\n"
        f"Prime Minister Tusk (as interpreted): {LONG}\n\n"
        "Journalist (TV 2, via interpretation): A question to both of you: what now?\n\n"
        f"Prime Minister Tusk (as interpreted): {ANSWER}\n"
    )
    event = parse_text(text)
    assert [t.speaker for t in event.statement] == ["Scholz", "Tusk"]
    assert [(t.role, t.affiliation) for t in event.turns][0] == ("questioner", "TV 2")


def test_a_rank_abbreviated_inside_a_role_and_a_longer_first_label() -> None:
    text = (
        f"PENTAGON PRESS SECRETARY AIR FORCE MAJ. GEN. PAT RYDER:  {LONG}\n\n"
        "Q:  Is the battery operational?\n\n"
        f"GEN. RYDER:  {ANSWER}\n\n"
        "Q:  And the troops?\n\n"
        f"GEN. RYDER:  {ANSWER}\n"
    )
    event = parse_text(text)
    assert [t.speaker for t in event.statement] == ["Pat Ryder"]
    assert {t.speaker for t in event.turns if t.role == "principal"} == {"Pat Ryder"}
    scheffer = (
        "Doorstep interview\nwith NATO Secretary General, Jaap de Hoop Scheffer\n\n"
        f"JAAP DE HOOP SCHEFFER: {LONG}\n\nQUESTION: Secretary General, on Darfur?\n\n"
        f"DE HOOP SCHEFFER: {ANSWER}\n\nQUESTION: And Afghanistan?\n\nDE HOOP SCHEFFER: {ANSWER}\n"
    )
    statement = parse_text(scheffer).statement
    assert [(t.speaker, t.text) for t in statement] == [("Jaap de Hoop Scheffer", LONG)]


def test_a_page_clipped_to_markdown() -> None:
    text = (
        "---\ncreated: 2020-10-23T08:47:12 (UTC +02:00)\ntags: [nato,defmin,press]\n"
        "source: https://www.nato.int/cps/en/natohq/opinions_178962.htm\nauthor: \n---\n\n"
        "# NATO - Opinion: Online press conference by NATO Secretary General Jens Stoltenberg, 22-Oct.-2020\n\n"
        "[Skip to main content](https://www.nato.int/cps/en/natohq/opinions_178962.htm#main)\n\n"
        "This website uses cookies to ensure we can provide you with the best browsing experience.\n\n"
        "-   [NATO](https://www.nato.int/cps/en/natohq/index.htm)\n"
        "-   [Newsroom](https://www.nato.int/cps/en/natohq/news.htm)\n\n"
        "-   22 Oct. 2020 -\n-   |\n\n"
        "-   [Other languages](https://www.nato.int/cps/fr/natohq/opinions_178962.htm)\n\n"
        "![](https://www.nato.int/images/201022d-002.jpg)\n\n(As delivered)\n\n"
        "**NATO Spokesperson Oana Lungescu:** Good afternoon and welcome. The Secretary General, please.\n\n"
        f"**NATO Secretary General Jens Stoltenberg:** {LONG}\n\n"
        "**Henrik Aas, NRK:** Will you respond?\n\n"
        f"**NATO Secretary General Jens Stoltenberg:** {ANSWER}\n"
    )
    event = parse_text(text)
    assert event.url == "https://www.nato.int/cps/en/natohq/opinions_178962.htm"
    assert [t.speaker for t in event.statement] == ["Oana Lungescu", "Jens Stoltenberg"]
    assert "cookies" not in spoken(text) and "Newsroom" not in spoken(text)


def test_a_role_label_is_the_office_holder_without_a_label_of_his_own() -> None:
    text = (
        "Joint press conference by Mr Jean-Noël Barrot, Minister for Europe and Foreign Affairs, and "
        "Mr Radosław Sikorski, Deputy Prime Minister and Minister of Foreign Affairs of Poland\n\n"
        "Share\nFacebook\nX\nLinkedIn\nSend by email\nPrint\n\n"
        f"THE MINISTER – {LONG}\n\n"
        f"MR RADOSŁAW SIKORSKI, DEPUTY PRIME MINISTER AND MINISTER OF FOREIGN AFFAIRS OF POLAND – {LONG}\n\n"
        "Q. – A question for both ministers: will you sign the treaty?\n\n"
        f"THE MINISTER – {ANSWER}\n\n"
        f"MR SIKORSKI – {ANSWER}\n"
    )
    event = parse_text(text)
    assert [t.speaker for t in event.statement] == ["Jean-Noël Barrot", "Radosław Sikorski"]
    assert who(text) == [("questioner", ""), ("principal", "Jean-Noël Barrot"), ("principal", "Radosław Sikorski")]


def test_a_press_secretary_named_in_the_title_who_also_answers_is_a_principal() -> None:
    text = (
        "Press Gaggle by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan "
        "En Route Vilnius, Lithuania\n\nJuly 10, 2023\n\n"
        "MS. JEAN-PIERRE:  All right. Good afternoon, everybody. Jake is here to take your questions.\n\n"
        f"MR. SULLIVAN:  {LONG}\n\n"
        "Q    Jake, what did President Erdoğan say?\n\n"
        f"MR. SULLIVAN:  {ANSWER}\n\n"
        "MS. JEAN-PIERRE:  Go ahead.\n\n"
        "Q    Karine, a domestic question: has the President decided?\n\n"
        f"MS. JEAN-PIERRE:  {ANSWER} {ANSWER}\n\n"
        "Q    And the schedule for tomorrow?\n\n"
        f"MS. JEAN-PIERRE:  {ANSWER} {ANSWER}\n"
    )
    speakers = {(t.role, t.speaker) for t in parse_text(text).turns if t.speaker}
    assert speakers == {("principal", "Karine Jean-Pierre"), ("principal", "Jake Sullivan")}


def test_a_show_named_after_its_host_names_the_initials() -> None:
    text = (
        "ANDREW MARR SHOW\n28TH NOVEMBER 2021\nBEN WALLACE\nDEFENCE SECRETARY\n\n"
        "AM: Ben Wallace, welcome. Is Vladimir Putin about to invade?\n\n"
        f"BW: {ANSWER}\n\nAM: And what would the consequences be?\n\nBW: {ANSWER}\n"
    )
    assert who(text) == [("questioner", "Andrew Marr"), ("principal", "Ben Wallace")] * 2


def test_a_title_listing_each_person_with_their_office() -> None:
    text = (
        "Joint press conference by NATO Secretary General Jens Stoltenberg, President of the European "
        "Council Charles Michel and President of the European Commission, Ursula von der Leyen\n\n"
        f"(As delivered)\n\nGood morning.\n\n{LONG}\n\n"
        f"**President of the European Council Charles Michel:** {LONG}\n\n"
        "**Ana Lopez, Reuters:** Will you meet again?\n\n"
        f"**NATO Secretary General Jens Stoltenberg:** {ANSWER}\n"
    )
    event = parse_text(text)
    assert [(t.speaker, t.paragraphs[0]) for t in event.statement][0] == ("Jens Stoltenberg", "Good morning.")


def test_a_briefing_with_its_questions_in_brackets_and_answers_unlabelled() -> None:
    text = (
        "Foreign Affairs Council: Press remarks by High Representative Kaja Kallas after the meeting\n\n"
        f"Check against delivery!\n\n{LONG}\n\n"
        "Q. [Ana Ribeiro, Lusa] On the review of the Association Agreement: when?\n\n"
        f"{ANSWER}\n\n"
        "Q. [Crosstalk] Sorry – on Georgia: what now?\n\n"
        f"{ANSWER}\n\n"
        "Q. [Jakub Nowak, Polish Radio] And the sanctions package?\n\n"
        f"{ANSWER}\n"
    )
    event = parse_text(text)
    assert [(t.role, t.speaker, t.affiliation) for t in event.turns] == [
        ("questioner", "Ana Ribeiro", "Lusa"), ("principal", "Kaja Kallas", "High Representative"),
        ("questioner", "", ""), ("principal", "Kaja Kallas", "High Representative"),
        ("questioner", "Jakub Nowak", "Polish Radio"), ("principal", "Kaja Kallas", "High Representative")]
    assert event.turns[2].text.startswith("[Crosstalk] Sorry")


def test_a_pdf_copy_with_capital_labels_set_off_by_spaces_and_invisible_characters() -> None:
    from tui.transcript.decode import decode_bytes
    text, _ = decode_bytes((
        "IAEA Director General Rafael Mariano Grossi\nPress Conference\n\n"
        f"FREDRIK DAHL  Good morning and welcome. The Director General will begin.\n\n"
        f"DIRECTOR GENERAL GROSSI  {LONG}\n\n"
        "FREDRIK DAHL  DPA.\n\n"
        "KATHARINA WEBER, DPA  Thank you. Is the report\u200b complete?\n\n"
        f"DIRECTOR GENERAL GROSSI  {ANSWER}\n\n"
        "FREDRIK\u200b DAHL  IRNA.\n\n"
        "REZA KARIMI, IRNA  Will Iran co\u00adoperate?\n\n"
        f"DIRECTOR GENERAL GROSSI  {ANSWER}\n"
    ).encode())
    assert "\u200b" not in text and "\u00ad" not in text
    event = parse_text(text)
    assert [(t.role, t.speaker) for t in event.turns] == [
        ("moderator", "Fredrik Dahl"), ("questioner", "Katharina Weber"), ("principal", "Rafael Mariano Grossi"),
        ("moderator", "Fredrik Dahl"), ("questioner", "Reza Karimi"), ("principal", "Rafael Mariano Grossi")]
    assert event.turns[4].text == "Will Iran cooperate?"


def test_a_meeting_transcript_with_surname_first_display_names() -> None:
    text = (
        "CER online event-20250917_130214-Meeting Recording\nSeptember 17, 2025, 1:02PM\n58m 9s\n\n"
        "Charles Grant started transcription\n\n"
        "Charles Grant   0:04\nGood afternoon, everyone, and welcome. Minister, over to you.\n\n"
        f"Pevkur, Hanno   1:08\n{LONG}\n\n"
        "Charles Grant   4:10\nThank you. Let me start with a question of my own: is it enough?\n\n"
        f"Pevkur, Hanno   4:30\n{ANSWER}\n\n"
        "Charles Grant   5:58\nLet me bring in the audience. Lina, please.\n\n"
        "Lina Berg (Guest)   6:02\nAnd what about industry?\n\n"
        f"Pevkur, Hanno   6:20\n{ANSWER}\n\n"
        "Charles Grant   7:40\nThank you. Next, Piotr.\n\n"
        "Piotr Zalewski (Guest)   7:44\nWill Estonia buy from Europe first?\n\n"
        f"Pevkur, Hanno   8:01\n{ANSWER}\n"
    )
    event = parse_text(text)
    assert [t.speaker for t in event.statement] == ["Charles Grant", "Hanno Pevkur"]
    assert "started transcription" not in event.statement[0].text
    assert ("questioner", "Lina Berg", "") in [(t.role, t.speaker, t.affiliation) for t in event.turns]


def test_a_meeting_apps_captions_name_any_display_name() -> None:
    cues = [
        ("Sarah Keane (ACT PAO)", "Good afternoon everyone. The Admiral will start. Admiral, over to you."),
        ("HQ SACT Conf Room 2", "Thank you, Sarah, and good afternoon to all of you."),
        ("HQ SACT Conf Room 2", "The war in Ukraine has shown us something very important."),
        ("Sarah Keane (ACT PAO)", "Thank you, Admiral. Tom, go ahead."),
        ("Tom Hadley - Defense News", "Thanks, Admiral. How fast can you go?"),
        ("HQ SACT Conf Room 2", "That's a very good question, and you're right."),
    ]
    vtt = "WEBVTT\n\n" + "".join(
        f"{n}\n00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000\n{who}: {said}\n\n" for n, (who, said) in enumerate(cues, 1))
    event = parse_text(vtt)
    turns = [*event.statement, *event.turns]
    assert [(t.role, t.speaker) for t in turns] == [
        ("moderator", "Sarah Keane"), ("principal", "HQ SACT Conf Room 2"), ("moderator", "Sarah Keane"),
        ("questioner", "Tom Hadley"), ("principal", "HQ SACT Conf Room 2")]
    assert len(turns[1].paragraphs) == 2 and turns[3].affiliation == "Defense News"


def test_a_label_repeated_in_a_briefing_is_a_new_turn_but_not_after_a_time_code() -> None:
    text = (
        f"MR. REILLY: {LONG}\n\nQUESTION: Will the talks resume?\n\n"
        f"MR. REILLY: {ANSWER}\n\nMR. REILLY: Go ahead, Shaun.\n\nQUESTION: And the sanctions?\n\n"
        f"MR. REILLY: {ANSWER}\n\n14:32\n\nMR. REILLY: The Times.\n\nQUESTION: One more?\n\nMR. REILLY: {ANSWER}\n"
    )
    assert [t.text for t in parse_text(text).turns if t.role != "questioner"] == [
        ANSWER, "Go ahead, Shaun.", f"{ANSWER}\n\nThe Times.", ANSWER]


def test_labels_in_parentheses_on_their_own_line() -> None:
    text = (
        "Press Conference by Prime Minister KISHIDA Fumio as Chair of the G7 Hiroshima Summit Meeting\n"
        f"May 21, 2023\n[Opening statement]\n{LONG}\n[Questions and answers]\n"
        "(Cabinet Public Relations Secretary)\nWe will now take questions. First, please.\n"
        "(Reporter)\nPrime Minister, what did the leaders agree?\n"
        f"(Prime Minister Kishida)\n{ANSWER}\n(Laughter)\n"
        "(Cabinet Public Relations Secretary)\nNext, the foreign press. The third row, please.\n"
        f"(Reporter)\nAnd on Ukraine?\n(Prime Minister Kishida)\n{ANSWER}\n"
    )
    assert who(text) == [("moderator", ""), ("questioner", ""), ("principal", "Kishida Fumio")] * 2
    assert parse_text(text).turns[0].affiliation == "Cabinet Public Relations Secretary"


def test_initial_and_surname_labels_and_spanish_dot_dash_labels() -> None:
    stubb = (
        "Joint press conference of President Gitanas Nausėda and President of Finland Alexander Stubb\n\n"
        f"G. Nausėda: {LONG}\n\nA. Stubb: {LONG}\n\nJournalist (BNS): Is 2035 too late?\n\n"
        f"G. Nausėda: {ANSWER}\n\nA. Stubb: {ANSWER}\n"
    )
    assert who(stubb)[1:] == [("principal", "Gitanas Nausėda"), ("principal", "Alexander Stubb")]
    moncloa = (
        "Transcript of the joint press conference given by the President of the Government, Pedro Sánchez, "
        "and the Secretary General of NATO, Mark Rutte\n\n"
        f"President of the Government.- {LONG}\n\nSecretary General of NATO.- {LONG}\n\n"
        f"Q.- Will Spain reach the target?\n\nPresident of the Government.- {ANSWER}\n"
    )
    assert who(moncloa) == [("questioner", ""), ("principal", "Pedro Sánchez")]


def test_a_seat_label_alone_above_its_speech_is_not_a_header_field() -> None:
    text = (
        "Press conference\nby the Chair of the NATO Military Committee, Admiral Rob Bauer\n"
        "10 May. 2023 - | Last updated: 10 May. 2023 18:02\n\n"
        "Moderator:\nGood afternoon, ladies and gentlemen, and welcome to this press conference at the end of\n"
        "the Military Committee. Admiral, the floor is yours.\n\n"
        f"Admiral Rob Bauer (Chair of the NATO Military Committee):\n{LONG}\n\n"
        "Moderator:\nFirst, Katrin Wendel from Reuters.\n\n"
        f"Katrin Wendel [Reuters]:\nHow many troops?\n\nAdmiral Rob Bauer (Chair of the NATO Military Committee):\n{ANSWER}\n"
    )
    event = parse_text(text)
    assert [(t.role, t.label) for t in event.statement] == [
        ("moderator", "Moderator"), ("principal", "Admiral Rob Bauer (Chair of the NATO Military Committee)")]
    assert event.statement[0].text.startswith("Good afternoon, ladies and gentlemen")


def test_an_office_with_hyphens_and_a_title_whose_office_says_and() -> None:
    osce = (
        "Press conference by the OSCE Chairperson-in-Office, Elina Valtonen\n\n"
        f"Elina Valtonen (OSCE Chairperson-in-Office, Minister for Foreign Affairs of Finland): {LONG}\n\n"
        "Question (Reuters): Will the budget pass?\n\n"
        f"Elina Valtonen (CiO): {ANSWER}\n"
    )
    assert who(osce) == [("questioner", ""), ("principal", "Elina Valtonen")]
    robertson = (
        "Joint Press Conference\n\nwith NATO Secretary General, Lord Robertson\n\n"
        "and EU High Representative for the Common Foreign and Security Policy, Javier Solana\n\n"
        f"MODERATOR: Ladies and gentlemen, good afternoon.\n\nLORD ROBERTSON: {LONG}\n\nJAVIER SOLANA: {LONG}\n\n"
        f"QUESTION: Is Berlin Plus agreed?\n\nJAVIER SOLANA: {ANSWER}\n\nQUESTION: And Macedonia?\n\n"
        f"LORD ROBERTSON: {ANSWER}\n"
    )
    assert ("principal", "Javier Solana") in who(robertson)


def test_initials_as_labels_are_the_names_the_speech_spells_out() -> None:
    text = (
        "WHO Media Briefing on global health issues – transcript – 12 March 2025\n\n"
        "CL          Hello and welcome. My name is Christian Lindmeier. With us is the Director-General, "
        "Dr Tedros Adhanom Ghebreyesus, and Dr Mike Ryan.\n\n"
        f"TAG          Thank you, Christian. {LONG}\n\n"
        "CL          Thank you, Dr Tedros. The first question, please.\n\n"
        "GO          Thank you, Christian. How many staff will WHO cut?\n\n"
        f"TAG          {ANSWER}\n\n"
        "CL          Next question, please.\n\n"
        "JK          And on Ukraine?\n\n"
        f"MR          {ANSWER}\n"
    )
    event = parse_text(text)
    turns = [*event.statement, *event.turns]
    assert [t.speaker for t in turns if t.role == "principal"] == ["Tedros Adhanom Ghebreyesus"] * 2 + ["Mike Ryan"]
    assert {t.speaker for t in turns if t.role == "moderator"} == {"Christian Lindmeier"}
    assert [t.label for t in turns if t.role == "questioner"] == ["GO", "JK"]


def test_what_site_rules_must_not_take_from_speech() -> None:
    """Cases a reviewer found: speech that mentions a site's words stays speech."""
    office = (
        "Press briefing by NATO Spokesperson Allison Hart\n\n"
        "MODERATOR: Good morning. The Spokesperson will take questions.\n\nQ: Reuters. What about drones?\n\n"
        "ALLISON HART: We are watching closely.\n\n"
        "MODERATOR: That is all the time we have. Any further questions can go to the press office.\n"
    )
    assert parse_text(office).turns[-1].text.endswith("can go to the press office.")
    summary = (
        "Press conference by NATO Secretary General Mark Rutte\n\n1 July 2025\n\n"
        "NATO Foreign Ministers met today in Brussels and discussed support for Ukraine.\n\n"
        "Ukraine needs more air defence, and Allies are delivering it.\n\nQ: What about drones?\n\n"
        "MARK RUTTE: We are watching closely.\n"
    )
    event = parse_text(summary)
    assert event.statement[0].paragraphs[0].startswith("NATO Foreign Ministers met today")
    assert (event.turns[-1].speaker, event.turns[-1].text) == ("Mark Rutte", "We are watching closely.")
    justified = (
        f"MODERATOR: Good morning.\n\nJANE DOE, REUTERS: A question on Ukraine?\n\nMODERATOR: {ANSWER}\n\n"
        "NATO  allies  agreed  today  to  raise  spending.\n\nUS  President  Trump  welcomed  the  decision.\n"
    )
    assert parse_text(justified).turns[-1].paragraphs[-2:] == [
        "NATO allies agreed today to raise spending.", "US President Trump welcomed the decision."]
    bracket = "Q: [NATO] allies have said they will spend more. Is that enough?\n\nA: Yes.\n"
    assert parse_text(bracket).turns[0].text.startswith("[NATO] allies") and parse_text(bracket).turns[0].speaker == ""
    stubb = "Interview with Finnish President Alexander Stubb\n\nQ: What is the main threat?\n\n" \
            "A. Russia: it remains the main threat, and we are prepared.\n\nQ: Thank you, Mr President.\n"
    assert [(t.role, t.speaker) for t in parse_text(stubb).turns][1] == ("principal", "Alexander Stubb")
    closing = (
        f"MODERATOR: Good afternoon. First question, Reuters.\n\nQ: Will Allies agree?\n\nMARK RUTTE: {ANSWER}\n\n"
        "MODERATOR: Thank you all. This concludes the press conference.\n\nThank you very much\n\nShare\n"
    )
    assert parse_text(closing).turns[-1].paragraphs[-1] == "Thank you very much"
    welcome = (
        "NATO Spokesperson Allison Hart: Good afternoon and welcome to this doorstep with the Secretary General "
        "ahead of the meeting of NATO Defence Ministers here at NATO Headquarters in Brussels. The Secretary General "
        "will not make opening remarks today, so we will go straight to your questions, and we have about ten "
        "minutes. Please keep your questions short. First question, Reuters.\n\n"
        "Q: Will Allies agree?\n\n"
        f"NATO Secretary General Mark Rutte: {ANSWER}\n\nNATO Spokesperson Allison Hart: Next, AFP.\n\n"
        f"Q: And Ukraine?\n\nNATO Secretary General Mark Rutte: {ANSWER}\n"
    )
    assert {t.role for t in [*parse_text(welcome).statement, *parse_text(welcome).turns]
            if t.speaker == "Allison Hart"} == {"moderator"}


def test_a_court_reporters_panel_transcript() -> None:
    text = (
        "THE BROOKINGS INSTITUTION\n\nWHAT DID THE VILNIUS SUMMIT DELIVER?\n\nThursday, July 13, 2023\n\n"
        "PARTICIPANTS:\n\nMODERATOR:\n\nMICHAEL E. O'HANLON\nDirector of Research, Foreign Policy\n\n"
        "PANELISTS:\n\nSTEVEN PIFER\nNonresident Senior Fellow\n\nJAMES GOLDGEIER\nVisiting Fellow\n\n"
        "          MR. O'HANLON:  Good afternoon, everyone, and welcome to Brookings. We have a wonderful panel.\n"
        "          Steve, over to you.\n"
        f"          MR. PIFER:  {LONG}\n          And that is my first point.\n"
        f"          MR. GOLDGEIER:  {LONG}\n"
        "          MR. O'HANLON:  Thank you both. Steve, let me start with a question of my own: is enlargement over?\n"
        f"          MR. PIFER:  {ANSWER}\n"
        "          MR. O'HANLON:  Let me go to the audience. The gentleman in the second row.\n"
        "          SPEAKER:  Thank you. Is Ukraine any closer?\n"
        f"          MR. GOLDGEIER:  {ANSWER}\n"
    )
    event = parse_text(text)
    assert event.title == "What Did the Vilnius Summit Deliver?"
    assert [(t.role, t.speaker) for t in event.statement] == [
        ("moderator", "Michael E. O'Hanlon"), ("principal", "Steven Pifer"), ("principal", "James Goldgeier")]
    assert event.statement[1].paragraphs[-1] == "And that is my first point."
    assert {(t.role, t.speaker) for t in event.turns} >= {("principal", "Steven Pifer"), ("questioner", "")}


def test_a_council_page_with_outlets_beside_question_on_their_own_line() -> None:
    text = (
        "President Michel\n\n" + LONG + "\n\nModerator\n\nThank you. Agence Europe, please.\n\n"
        "Question – Agence Europe\n\nA question to both presidents: when?\n\nPresident Michel\n\n" + ANSWER + "\n\n"
        "Question – Katarzyna Wrona, TVN24\n\nAnd Wagner?\n\nPresident Michel\n\n" + ANSWER + "\n"
    )
    asked = [(t.speaker, t.affiliation) for t in parse_text(text).turns if t.role == "questioner"]
    assert asked == [("", "Agence Europe"), ("Katarzyna Wrona", "TVN24")]


def test_a_label_with_no_space_after_its_colon_and_topics_that_name_nobody() -> None:
    text = (
        "Press conference\n\nby NATO Secretary General, Jaap de Hoop Scheffer\n\n"
        "SUBJECTS: NATO Summit; Ukraine; Georgia.\n\n"
        "JAMES APPATHURAI (NATO Spokesman): Good afternoon. The Secretary General will begin.\n\n"
        f"JAAP DE HOOP SCHEFFER (Secretary General of NATO):Thank you, James. {LONG}\n\n"
        f"Q: And Georgia?\n\nJAAP DE HOOP SCHEFFER: {ANSWER}\n"
    )
    event = parse_text(text)
    assert [t.speaker for t in event.statement] == ["James Appathurai", "Jaap de Hoop Scheffer"]
    assert event.statement[1].text.startswith("Thank you, James.")


def test_more_speech_that_site_rules_must_leave_alone() -> None:
    """A second reviewer's cases."""
    caps = ("PRESS CONFERENCE BY NATO SECRETARY GENERAL MARK RUTTE\n\n"
            "MODERATOR: GOOD AFTERNOON. ARE THERE ANY QUESTIONS?\n\nQ: WILL ALLIES SEND MORE TROOPS?\n\n"
            "RUTTE: WE WILL SEE. ALLIES ARE DISCUSSING IT NOW.\n")
    assert [t.label for t in parse_text(caps).turns][:2] == ["MODERATOR", "Q"]  # not taken for a title
    short_q = (f"Q – Secretary General, on Ukraine\n\nWill allies send more air defence this winter?\n\nRUTTE: {ANSWER}\n\n"
               f"Q – Thank you, Secretary General\n\nRUTTE: {ANSWER}\n")
    assert [t.label for t in parse_text(short_q).turns].count("Q") == 2
    dated = ("Press conference by NATO Secretary General Mark Rutte\n\n"
             "Since 24 February 2022 allies have provided Ukraine with more than fifty billion euros of support.\n\n"
             f"Q: Is it enough?\n\nMARK RUTTE: {ANSWER}\n")
    event = parse_text(dated)
    assert event.date is None and event.statement[0].text.startswith("Since 24 February 2022")
    barred = f"Press briefing | Ministry of Defence\n\n12 March 2025\n\nMODERATOR: Good morning.\n\nQ: When?\n\nMINISTER: {ANSWER}\n"
    assert parse_text(barred).title == "Press briefing | Ministry of Defence"
    quoted = ("Doorstep by NATO Secretary General Mark Rutte\n\n"
              'Mark Rutte: "Good morning. Today ministers will discuss Ukraine."\n\nQ: Will they agree?\n\n'
              f"Mark Rutte: {ANSWER}\n")
    first = [*parse_text(quoted).statement, *parse_text(quoted).turns][0]
    assert (first.speaker, first.text[:13]) == ("Mark Rutte", '"Good morning')
    senior = f"Jane Doe, Sr. Director for Europe, NSC: Thanks. {ANSWER}\n\nQ: And Ukraine?\n\nJane Doe, Sr. Director for Europe, NSC: {ANSWER}\n"
    assert "NSC" not in {t.speaker for t in [*parse_text(senior).statement, *parse_text(senior).turns]}
    spaced = (f"MODERATOR: Good morning.\n\nJANE DOE, REUTERS: A question on Ukraine?\n\nMINISTER: {ANSWER}\n\n"
              "NATO  allies will now spend more on defence, as agreed in The Hague.\n")
    assert parse_text(spaced).turns[-1].paragraphs[-1] == "NATO allies will now spend more on defence, as agreed in The Hague."


def test_a_think_tank_page_and_a_noon_briefing_byline() -> None:
    cfr = (
        "Media Briefing\nNATO’s Hague Summit: What to Expect\nFriday, June 20, 2025\n"
        "Speakers\nLiana Fix\nFellow for Europe, Council on Foreign Relations\n"
        "Presider\nDana Whitfield\nDirector of Media Relations, Council on Foreign Relations\n"
        "Transcript\n\nWHITFIELD: Good afternoon. Liana, over to you.\n\n"
        f"FIX: {LONG}\n\nWHITFIELD: Thank you. Operator, the first question.\n\n"
        f"REPORTER: Will allies agree?\n\nFIX: {ANSWER}\n"
    )
    assert {(t.role, t.speaker) for t in [*parse_text(cfr).statement, *parse_text(cfr).turns]
            if t.speaker} == {("moderator", "Dana Whitfield"), ("principal", "Liana Fix")}
    noon = (
        "Noon Briefing Transcript\n\n12 March 2025\n\n"
        "Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n"
        f"{LONG}\n\nQuestion: And Gaza?\n\nSpokesman: {ANSWER}\n"
    )
    event = parse_text(noon)
    assert {t.speaker for t in [*event.statement, *event.turns] if t.role == "principal"} == {"Stéphane Dujarric"}
    roll_call = ("CSIS panel\n\nSPEAKERS\n\nMax Bergmann, Hanno Pevkur, Speaker 3, Kristine Berzina, Speaker 4\n\n"
                 "Max Bergmann  00:00:04\nGood morning and welcome. Minister, over to you.\n\n"
                 f"Hanno Pevkur  00:01:10\n{LONG}\n\nMax Bergmann  00:05:00\nThank you. Kristine, your view?\n\n"
                 f"Kristine Berzina  00:05:10\n{LONG}\n")
    assert "Speaker 4" not in {t.speaker for t in [*parse_text(roll_call).statement, *parse_text(roll_call).turns]}


def test_a_german_mitschrift_and_a_un_banner_with_its_tagline() -> None:
    mitschrift = (
        "Pressekonferenz von Bundeskanzlerin Merkel und Staatspräsident Sarkozy in Baden-Baden\n\n"
        "Datum: 03.04.2009\nSprecher: Bundeskanzlerin Angela Merkel, Staatspräsident Nicolas Sarkozy\n\n"
        f"BK’in Merkel: {LONG}\n\nP Sarkozy: {LONG}\n\nFrage: Und die Nato?\n\nBK’in Merkel: {ANSWER}\n"
    )
    event = parse_text(mitschrift)
    assert [(t.role, t.affiliation) for t in event.statement] == [
        ("principal", "Bundeskanzlerin"), ("principal", "Präsident")]
    assert [t.role for t in event.turns] == ["questioner", "principal"]
    un = ("Welcome to the United Nations. It's your world.\n\nHome | Search | Site Index\n\n6 April 2009\n\n"
          "DAILY PRESS BRIEFING BY THE OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL\n\n"
          f"Good afternoon. {LONG}\n\nQuestion: And Italy?\n\nSpokesperson: {ANSWER}\n")
    assert parse_text(un).statement[0].paragraphs[0].startswith("Good afternoon.")
