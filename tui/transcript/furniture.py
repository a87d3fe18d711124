"""Recognise site furniture: the parts of a scraped page that are not the transcript.

nato.int pages, as a browser shows them, start with an account / newsletter sign-up
form (in the page's locale: English or French) and end with "Programme", page counters
("1/ 1"), a year, the meeting's name and a flag. Only lines that match these known
shapes are furniture, so no sentence of the transcript can be mistaken for it.
"""

from __future__ import annotations

import re
import unicodedata

# Sign-up form lines, as normalised prefixes (see _norm). A line is furniture if it
# starts with one of these and is no longer than the form's own sentence could be.
_FORM_PREFIXES: tuple[str, ...] = (
    # English
    "nato multimedia account",
    "access nato's broadcast-quality video content",
    "register",
    "create an account",
    "check your inbox and enter verification code",
    "we have sent a verification code to your email address",
    "verification code",
    "didn't receive a code",
    "you have successfully created your account",
    "from now on you can download videos",
    "subscribe to our newsletter",
    "if you would also like to subscribe to the newsletter",
    "reset password",
    "enter the email address you registered with",
    "create a new password",
    "the password must be at least",
    "your password has been updated",
    "click the button to return to the page you were on",
    "log in",
    "sign in",
    "skip to main content",
    "skip to content",
    "skip to \"about",
    "language selection",
    "you are here:",
    # newsletter boxes
    "sign up for",
    "get the latest news",
    "by subscribing",
    "email address",
    "subscribe",
    "share this page",
    "follow us",
    "suivez-nous",
    "abonnez-vous",
    "go to main content",
    "skip to ",
    "skip navigation",
    "aller au contenu",
    "aller au menu",
    "jump to content",
    "jump to search",
    "jump to navigation",
    "skip to navigation",
    # cookie banners
    "cookies on ",
    "we use some essential cookies",
    "we use cookies",
    "we'd like to set additional cookies",
    "accept additional cookies",
    "reject additional cookies",
    "accept all cookies",
    "reject all cookies",
    "view cookies",
    "cookie settings",
    "manage cookies",
    # the banner over US and EU government sites
    "an official website of the",
    "official websites use .gov",
    "a .gov website belongs to",
    "secure .gov websites use https",
    "a lock (",
    "how do you know",
    "passer au contenu principal",
    "aller au contenu principal",
    "aller au menu principal",
    "aller a la recherche",
    # French
    "compte multimedia",
    "le seul endroit pour acceder au contenu video",
    "accedez aux ressources mediatiques officielles de l'otan",
    "registre",
    "s'inscrire",
    "creer un compte",
    "verifiez votre boite de reception",
    "nous avons envoye un code de verification",
    "code de verification",
    "vous n'avez pas recu de code",
    "vous avez cree votre compte avec succes",
    "desormais, vous pouvez telecharger",
    "abonnez-vous a notre newsletter",
    "si vous souhaitez egalement vous abonner",
    "reinitialiser le mot de passe",
    "entrez l'adresse e-mail avec laquelle",
    "creer un nouveau mot de passe",
    "le mot de passe doit comporter",
    "votre mot de passe a ete mis a jour",
    "cliquez sur le bouton pour revenir",
    "se connecter",
)
# The form's sentences are short; a longer line starting the same way is speech.
_FORM_MAX_CHARS = 200

_PAGE_COUNTER = re.compile(
    r"^(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}$|^[-–—]\s*\d{1,3}\s*[-–—]$"
    r"|^(?!.*[.?!]\s).{0,120}\s+page\s+\d{1,3}\s*(?:/|of)\s*\d{1,3}$"  # "Ministère … – 23/01/2025   Page 4/4"
    r"|^https?://\S+\s+\d{1,3}\s*/\s*\d{1,3}$"  # a browser's print footer: the URL and "2/5"
    r"|^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s.{0,250}$",  # and its header: "13/02/2023, 18:20 NATO - …"
    re.I,
)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\.?\s*(?:[A-Z]{2,4})?$", re.I)
_END_NOTE = re.compile(
    r"^(?:END|ENDS|\#\#\#|-\s*ENDS?\s*-)(?:\s+\d{1,2}[:.]\d{2}.{0,12})?$"
    r"|^[*\s]{3,}$|^(?:go to|back to|return to) (?:the )?(?:homepage|home page|index|top|transcripts?)\b.{0,40}$"
    r"|^for information media\b.{0,80}$|^not an official record\.?$"
    r"|^[-–—]*\s*(?:end of (?:the )?transcript|fin de la transcription|ends?)\s*[-–—]*\.?$"
    r"|^\((?:concludes|ends|end)\.?\)$"
    r"|^(?:date modified|last modified|last updated|published|updated|first published|derni[eè]re mise [aà] jour)"
    r"\b\s*:?\s*\S{0,40}(?:\s\S+){0,3}$"
    r"|^\((?:the )?(?:briefing|press conference|call|meeting|press point|event|session)"
    r"\b[^()]{0,40}\b(?:concluded|ended|adjourned|began|begins|started|resumed)\b[^()]{0,40}\)$",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FLAG = re.compile(r"^[\w' .-]{2,40} (?:flag|drapeau)$|^(?:flag|drapeau) (?:of |de |du )?[\w' .-]{2,40}$", re.I)
_FOOTER_LINES = frozenset(
    {"programme", "program", "share", "share this", "print", "top", "back to top", "top of page",
     "related", "related content", "related news", "related articles", "partager", "imprimer",
     "haut de page", "voir aussi", "photos", "videos", "audio", "download", "telecharger",
     "page top", "sitemap", "site map", "privacy policy", "privacy notice", "accessibility", "accessibility policy",
     "accessibility statement", "cookie policy", "cookies", "terms of use", "terms and conditions", "contact us",
     "legal notice", "disclaimer", "plan du site", "mentions legales", "donnees personnelles", "accessibilite",
     "see also", "related news", "subscribe to news", "share:", "facebook", "twitter", "x", "telegram", "linkedin",
     "whatsapp", "email", "e-mail", "copy the link", "copy link", "explore the topic", "personal data and cookies",
     "is this page useful?", "maybe", "thank you for your feedback", "report a problem with this page", "search",
     "about", "careers", "blog", "terms of service", "start free trial", "follow us", "suivez-nous", "contactez-nous",
     "confidentialite", "conditions d'utilisation", "event", "evenement", "social media", "mobile applications",
     "symbol of the government of canada", "tags", "contact", "contacts", "mp3", "mp4"}
)
# Boilerplate sentences at the foot of a government site.
_FOOTER_PHRASE = re.compile(
    r"\b(?:all rights reserved|hyperlink to the source is required|open government licence|except where otherwise stated"
    r"|this page is (?:not )?useful|transcribe your own content|save time transcribing|to search this site"
    r"|latest news from [\w ]{2,30} in your inbox|official website of|external links to other)\b"
    r"|^(?:next|previous) (?:post|article)\s*:", re.I)
# Lines of a site's boxes that a sentence of speech could also say: footer lines only when
# short and not a sentence ("Press contacts", "Tel.: +32 …", "press@consilium.europa.eu").
_FOOTER_BOX = re.compile(
    r"\b(?:help us improve|stay informed|sign up|press contacts?|press office|meeting page)\b"
    r"|\btel\.?\s*:|\b[\w.-]+@[\w-]+\.\w|^\+?\d[\d ()./-]{6,}\d$"
    r"|^(?:mp[34]|wav)(?:,\s*\d{3,4}p)?$", re.I)  # a media box's "MP4, 1080p"
# "Copyright © Ministry of …", "© NATO 2025", "Back to Press Conferences"
_SITE_FOOTER = re.compile(r"^(?:copyright\b|©|\(c\) ?\d{4}).{0,100}$|^(?:back|return) to [\w' ]{2,40}$", re.I)
#: A stray time code between paragraphs ("20:29", "[00:12:31]", "(01:47)").
TIME_CODE = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?$")


def _norm(line: str) -> str:
    """Casefold, drop accents, straighten apostrophes, squeeze spaces."""
    line = unicodedata.normalize("NFKD", line.strip().casefold())
    line = "".join(ch for ch in line if not unicodedata.combining(ch))
    line = line.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", line)


def is_form_line(line: str) -> bool:
    """A line of the account / newsletter sign-up form (English or French), or of a
    site's banner and skip links ("* Skip to content")."""
    line = _MENU_MARK.sub("", line.strip())
    if len(line) > _FORM_MAX_CHARS or _first_word(line) not in _FORM_FIRST_WORDS:
        return False
    norm = _norm(line)
    return any(norm.startswith(prefix) for prefix in _FORM_PREFIXES)


def _first_word(line: str) -> str:
    return _norm(line.split(maxsplit=1)[0]) if line.strip() else ""


_FORM_FIRST_WORDS = frozenset(prefix.split()[0] for prefix in _FORM_PREFIXES)


def is_page_counter(line: str) -> bool:
    """``1/ 1``-style page counters."""
    return bool(_PAGE_COUNTER.match(line.strip()))


_NAVIGATION = re.compile(
    r"^(?:go to|back to|return to) (?:the )?[\w ]{0,40}?(?:page|homepage|index|top)\.?$"
    r"|^view all [^.?!]{1,80}$"  # Hansard's "View all NATO Defence Ministers’ Meeting debates"
    r"|^[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,200}){2,}$"  # a breadcrumb: "Home > Press Conference > …"
    r"|^[^|.?!]{1,30}(?:\s\|\s+[^|.?!]{1,30}){1,10}\s*\|?$", re.I)  # a link bar: "Print this page | Close window"
# A site's menu as a browser copies it, in English or French.
_MENU_ITEMS = frozenset(
    "home search menu events transcripts news photos videos topics accueil rechercher actualités thèmes "
    "événements newsroom video audio".split()
) | {"about us", "news and events", "what we do", "member countries", "speeches and transcripts",
     "press releases", "discours et transcriptions", "communiqués de presse", "qui sommes-nous",
     "ce que nous faisons", "pays membres", "salle de presse", "points de presse", "press room",
     "press briefings", "download text", "read call list", "watch the debate", "watch the meeting",
     "watch live", "announcement", "other languages", "autres langues", "press release", "communiqué de presse",
     "liberté", "égalité", "fraternité", "deutsch", "easy to read", "sign language", "navigation menu",
     "toggle navigation", "main navigation", "language:", "languages", "select language", "choose language"}
_MENU_MARK = re.compile(r"^[*•·]\s+")
# A site's language switcher ("العربية / 中文 / English / Français …") and welcome banner.
_LANGUAGES = frozenset("english français español русский українська العربية 中文 deutsch italiano português".split())
_BANNER = re.compile(r"^welcome to (?:the )?[\w ]{2,40}(?:[.!]\s+[\w'’ ]{2,30}[.!])?$", re.I)  # "… It's your world."


def is_navigation(line: str) -> bool:
    """A site's navigation kept in the text: "Return to Transcripts main page", a menu
    item ("* News and events", "Accueil", "Rechercher")."""
    stripped = line.strip()
    item = _MENU_MARK.sub("", stripped).casefold()
    return bool(_NAVIGATION.match(stripped) or _BANNER.match(stripped)) or item in _MENU_ITEMS or \
        item in _LANGUAGES or is_button(stripped) or (len(item.split()) >= 2 and set(item.split()) <= _LANGUAGES)


_BUTTONS = frozenset({"share", "share this", "share:", "partager", "print", "imprimer", "tweet", "copy link",
                      "copy the link", "facebook", "twitter", "linkedin", "telegram", "whatsapp", "x", "email",
                      "e-mail", "instagram", "youtube", "bluesky", "mastodon", "flickr", "print this page",
                      "send this page", "share this page", "close window", "close this window"})


def is_button(line: str) -> bool:
    """A page's button copied with the text ("Share" under each speaker's name)."""
    return line.strip().casefold() in _BUTTONS or bool(_SHARE_BUTTON.match(line.strip()))


_SHARE_BUTTON = re.compile(r"^(?:share|send|post) (?:on|via|by|to) [\w.+ -]{1,20}$|^(?:send|share) by e-?mail$"
                           r"|^share:?\s+(?:[\w .-]{1,15}\s*\|\s*){1,6}[\w .-]{1,15}$", re.I)  # "Share: Facebook | X | …"


def is_clock(line: str) -> bool:
    """A line that is only a time of day ("3.31 pm")."""
    return bool(_CLOCK.match(line.strip()))


def is_time_code(line: str) -> bool:
    """A line that is only a time code."""
    return bool(TIME_CODE.match(line.strip()))


def is_footer_line(line: str) -> bool:
    """Lines that only occur in a page's footer: "Programme", a year, a flag, "1/ 1",
    an "END 2:01 P.M. EST" or "(The briefing was concluded at 2:18 p.m.)" note."""
    stripped = line.strip().lstrip("•·").strip()
    return (
        _norm(stripped) in _FOOTER_LINES
        or (len(stripped.split()) <= 30 and bool(_FOOTER_PHRASE.search(stripped)))
        or (len(stripped.split()) <= 10 and not stripped.endswith((".", "?", "!")) and bool(_FOOTER_BOX.search(stripped)))
        or is_page_counter(stripped)
        or bool(_YEAR.match(stripped) or _FLAG.match(stripped) or _END_NOTE.match(stripped) or _SITE_FOOTER.match(stripped))
        or bool(_CLOCK.match(stripped))
    )


_BRIEFING_NOTE = re.compile(
    r"^\((?:the )?(?:briefing|press conference|call|meeting|press point|event|session)\b[^()]{0,80}\)$", re.I)


def is_briefing_note(line: str) -> bool:
    """"(The briefing began at 1:02 p.m. EDT.)": a stage note about the event itself."""
    return bool(_BRIEFING_NOTE.match(line.strip()))


def flag_country(line: str) -> str | None:
    """The country named by a flag line ("Belgique flag" → "Belgique")."""
    match = _FLAG.match(line.strip())
    if not match:
        return None
    words = [w for w in line.strip().split() if w.casefold() not in {"flag", "drapeau", "of", "de", "du"}]
    return " ".join(words) or None
