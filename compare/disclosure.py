"""Who credits whom: whether a text that reuses another's discloses where it came from, and which
of the two their credits, datelines and outlets tell came first.

A copy discloses its origin by a credit line ("Coastal Wire contributed to this report."), by
crediting the wire service the origin is or was filed by, by keeping the origin's dateline, or by
naming in its text the origin's source, that wire service or, for a press release, the company
that issued it. A source is an outlet's name or, for files kept in a folder per outlet, a file's
path, whose folders name the outlet ("valley_courier/story": the Valley Courier; "nyt/story": the
New York Times). A name found in a text names the outlet only where it is written as its name and
stands for it: not "the sun rose" for The Sun, nor "President Vicente Fox" for Fox.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache, lru_cache
from itertools import islice
from pathlib import PurePath
from typing import Protocol
from urllib.parse import urlsplit

from compare.arabic import name_stem
from compare.boilerplate import company_mentions, pasted_furniture
from compare.dates import at_one_precision
from compare.framing import told_to
from compare.lexicon import (
    BYLINE_OPENERS,
    CREDIT_REACH,
    MAX_PERSON_WORDS,
    MIN_TELLING_LETTERS,
    Dateline,
    capitalised_run,
    lexicon,
    phrase_pattern,
)
from compare.records import (
    UNNAMED_WIRES,
    CreditKind,
    DirectionBasis,
    Document,
    Result,
    Sentence,
    site_host,
)
from compare.segment import (
    CLOSING_MARKS,
    POSSESSIVES,
    ends_with_abbreviation,
    matching_key,
    normalise,
    word_length,
)
from compare.versions import VERSION_MARK

# What sets a file's path, used as a source, apart from a name an outlet writes.
PATH_LABEL_MARKS = frozenset("/_-")
# The capitalised words that go on from a name on its line, which may make it the start of a
# longer name ("Meridian Road", "Times Square").
NAMES_AFTER = r"(?P<after>(?:[^\S\n]+[A-Z][\w-]*)*)"
FOLLOWING_NAMES = re.compile(NAMES_AFTER)
# How a byline names the outlet its writer files with after the names, as it may name it after a
# comma: "By Jane Doe with NNS", "Ann Lee for The Associated Press", "Jane Doe of Reuters".
BYLINE_PARTNER = re.compile(r"\s+(?:with|for|of|from|via)\s+(?P<partner>\S.*)\Z", re.IGNORECASE)
# A role of a newsroom's after its name, perhaps its possessive's: "CNA's correspondent".
NEWSROOM_ROLE = re.compile(r"(?:['\u2019]s)?\s+(?P<role>\w+)")
# What a sign-off's line may hold besides the name it signs with: spaces, dashes, brackets, a stop.
SIGN_OFF_MARKS = " \t\n.-\u2013\u2014()[]"
# A name in lower case goes on as a web address's ("bbc.co.uk").
IN_AN_ADDRESS = re.compile(r"\.[^\W\d_]")
# An account's handle that opens its source's name ("@PatriotaLibreAR (X)"): the account, on
# whatever platform the brackets name.
SOURCE_HANDLE = re.compile(r"@\w{1,50}(?=\s*(?:\(|$))")
# In a story's text, an outlet folder's name stands for a name of this many words or more whose
# initials it is ("nyt": the New York Times); fewer letters may be anyone's ("ft": Fort Tarrow).
MIN_INITIALS_IN_TEXT = 3
# A page read alone keeps its running head, a headline and a byline above the text: the byline
# is among its first lines ("PAGE 5 ... MAY, 1934", "YOUR HEALTH", "By DR. PAUL HENDRY").
BYLINE_LINES = 4
# A line that signs the text with a writer's name of a few words, in capitals or title case.
SIGNED_LINE = re.compile(
    r"(?i:by)\s+(?P<names>(?:[A-Z][\w'\u2019-]*\.?)(?:\s+(?:[A-Z][\w'\u2019-]*\.?|de|van|von)){1,4})"
)
# A credit names an outlet by its name's initials of this many letters or more ("KNA": the Kestrel
# News Agency); two are the initials of many names ("KN", "NA").
MIN_CREDIT_INITIALS = 3
# How far an agency's own copy may be stamped after a client's that ran it from the feed, by a
# clock running early; times further apart order the two, whatever kind either outlet is.
CLOCK_SLIP = timedelta(hours=1)
# The credits a sentence gives in its own words: each credits the passage it stands in, where a
# credit line, a dateline or a byline credits the whole text.
IN_TEXT_CREDITS = frozenset(
    {CreditKind.CREDIT_PHRASE, CreditKind.SOURCE_NAMED, CreditKind.SHORT_NAME}
)
# How far back from a name its person's title may stand: a few words ("President Vicente ").
TITLE_REACH = 100
# The stops that end a sentence; the marks of CLOSING_MARKS may close it after its stop
# ('... "Go!"').
SENTENCE_STOPS = (".", "!", "?")
# The labels a country's domain sets before its code to make a second-level ending ("co.uk").
SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gov", "net", "org"})
# The brands a site's name may end with beyond its outlet's own: ktvxnews.com is KTVX's. Not a
# paper's word ("daily", "gazette"), whose site's name without it is a place's: rivertondaily.com
# is not "Riverton".
SITE_BRANDS = ("news", "online", "tv", "radio", "digital")
# What may stand between two letters of a site's name as an outlet writes it in words: a space,
# or a hyphen, an apostrophe or a stop before a letter ("Riverton Gazette", "K-TVX", "K.T.V.X");
# not a stop and a space, which may end a sentence ("... in Riverton. Gazette readers ...").
BETWEEN_LETTERS = r"(?:[^\S\n]|[-'\u2019.](?=\w))?"
# The ways a copy credits a press release that say least, weakest last: a copy that names the
# issuer as its news in its lede and says "in a statement" further on is credited there.
WEAKER_CREDITS = (CreditKind.ISSUER_SPEAKS, CreditKind.ISSUER_NAMED)


class Sourced(Protocol):
    """A document as its disclosure is read (``overlap.Side`` makes one once per document): its
    ``sentences``, which of them are ``boilerplate`` (credit lines among them), the source its
    opening dateline names (``dateline_source``) and the news agency that filed it
    (``filed_by``), whether it is a press release (``released``) and the body that issued it
    (``issuer``: see ``boilerplate.press_release``), and its ``outlet`` (see :func:`outlet`); and,
    read from those once a document as it meets every other of its story, its
    :func:`credit_lines` and the names they and its credits give, as keys (``credit_keys``:
    :func:`credit_keys`), the wire services its text is (``wires``: :func:`wires_of`), whether
    it is a news agency's (``agency``: :func:`is_agency`) and its text's letters (``letters``:
    :func:`letters_of`); and, of its story, the short names several of its outlets end with
    (``namesakes``: :func:`namesakes`). Whether it credits each other document of its run
    (:func:`_credits`) is kept by that document (``credited``): every pair asks it of both sides
    several times, and a pair measured again asks it again; so is whether it names each one's
    outlet anywhere in its text (``names_anywhere``: :func:`names_outlet` with nothing taken)."""

    @property
    def document(self) -> Document: ...
    @property
    def sentences(self) -> Sequence[Sentence]: ...
    @property
    def boilerplate(self) -> frozenset[int]: ...
    @property
    def dateline_source(self) -> str | None: ...
    @property
    def filed_by(self) -> str | None: ...
    @property
    def issuer(self) -> str | None: ...
    @property
    def released(self) -> bool: ...
    @property
    def outlet(self) -> str: ...
    @property
    def credit_lines(self) -> tuple[str, ...]: ...
    @property
    def credit_keys(self) -> CreditKeys: ...
    @property
    def wires(self) -> frozenset[str]: ...
    @property
    def agency(self) -> bool: ...
    @property
    def letters(self) -> str: ...
    @property
    def namesakes(self) -> frozenset[str]: ...
    @property
    def credited(self) -> dict[Document, bool]: ...
    @property
    def names_anywhere(self) -> dict[Document, bool]: ...


def discloses(user: Sourced, origin: Sourced, taken: Mapping[int, str] | None = None) -> bool:
    """Whether ``user`` credits ``origin`` as a credit line does (:func:`_credits`, which also
    tells the direction), credits a wire service (:func:`_credits_a_wire`), keeps ``origin``'s
    dateline (:func:`_keeps_dateline`), or cites, in its own words (:func:`_credits_by_name`,
    :func:`_in_own_words`), ``origin``'s source or the wire service ``origin`` was filed by; the
    costliest check, naming the source anywhere in the text, last. A mention that cites no one
    ("The Ledger Line declined to comment") is no credit, nor a name the copy took with the
    origin's sentence: a state outlet's text names itself ("documents obtained by Meridian
    Today", "told VRN", "CNA's correspondent reported"), and a copy that pastes it says nothing
    of where its text came from. A press release is disclosed as its copy says so in its own
    words too (:func:`_discloses_release`): a release's text names its issuer, and a copy that
    pastes it ("call Northfield Police on 101") says nothing of where its text came from.

    Args:
        taken: by the number of each of ``user``'s sentences aligned with ``origin``'s, the
            text of ``origin`` aligned with it: what it took.
    """
    taken = taken or {}
    return (
        _credits(user, origin)
        or _credits_a_wire(user, origin)
        or _names_wire_of(user, origin, taken)
        or _keeps_dateline(user, origin)
        or _names_as_dated(user, origin, taken)
        or _links_to(user, origin) is not None
        or next(_credit_phrases(user, origin, taken), None) is not None
        or (
            _discloses_release(user, origin, taken)
            if origin.released
            else _names_source(user, origin, taken)
        )
    )


def where_credited(
    user: Sourced, origin: Sourced, taken: Mapping[int, str] | None = None
) -> tuple[Sentence | None, CreditKind | None, str | None]:
    """Where ``user``, which discloses ``origin`` (:func:`discloses`), credits it, and how: its
    first sentence that does, as a credit line (:func:`_credit_line_names`), a credit's phrase
    (:func:`_credit_phrases`), a naming of ``origin``'s source in its own words
    (:func:`_source_namings`), of a press release in its own words
    (:func:`_release_disclosures`: by its weakest ways, ``WEAKER_CREDITS``, only where it says
    no more), a dateline that names ``origin``'s outlet, or a naming of it as its dateline does
    (:func:`_dated_namings`: cited, a source's naming; in a credit line or a sign-off, "—
    Kestrel", a credit line's); and the address its text links to on
    ``origin``'s site (:func:`_links_to`). No sentence for what its text does not show: a credit
    its byline gives (whose kind is a byline's: :func:`_byline_names`, "Por Agencia Meridiana"),
    one by link alone (whose kind is a link's) or by metadata, and a dateline both keep that
    names a third outlet (two papers' "(CNW)": each credits the wire, not the other).

    >>> from compare.overlap import Side
    >>> from compare.segment import segment
    >>> def side(id: str, source: str, text: str) -> Side:
    ...     document = Document(id, source, text)
    ...     return Side.of(document, segment(document), frozenset(), {})
    >>> ledger = side("a", "The Ledger Line", "The authority knew. Nobody was told.")
    >>> station = side("d", "KHRL News 7", "It knew, as first reported by Ledger Line. It hid it.")
    >>> sentence, kind, link = where_credited(station, ledger)
    >>> sentence.index, sentence.text, kind.value, link
    (0, 'It knew, as first reported by Ledger Line.', 'credit_phrase', None)
    """
    taken = taken or {}
    link = _links_to(user, origin)
    found = _credits_found(user, origin, taken)
    if not found:
        if _byline_names(user, origin):
            return None, CreditKind.BYLINE, link
        return None, CreditKind.LINK if link else None, link
    # The first of the strongest: of one strength, the first found where two start together.
    start, kind = min(
        found,
        key=lambda at: (WEAKER_CREDITS.index(at[1]) + 1 if at[1] in WEAKER_CREDITS else 0, at[0]),
    )
    return _sentence_at(user, start), kind, link


def passage_credits(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> frozenset[int] | None:
    """The sentences of ``user`` that credit ``origin`` in their own words, each for the
    passage it stands in ("..., as reported by Harbour Daily."), when nothing credits it for
    the whole text: ``None`` for a credit line ("(Harbour Daily)" closing a short article,
    "Source: Harbour Daily"), a dateline, a byline, a link, a wire service credited, or a credit
    in its lede, which tells whose story the text retells ("..., the Kestrel agency reports,
    citing the fire service."); a live blog that credits one later post it took says nothing of the five
    it took without.

    >>> from compare.overlap import Side
    >>> from compare.segment import segment
    >>> def side(id: str, source: str, text: str) -> Side:
    ...     document = Document(id, source, text)
    ...     return Side.of(document, segment(document), frozenset(), {})
    >>> harbour = side("h", "Harbour Daily", "The roof came off. A man died.")
    >>> post = side("c", "Coastline Post", "A man died. The roof came off, as reported by Harbour Daily.")
    >>> passage_credits(post, harbour, {})
    frozenset({1})
    >>> passage_credits(side("c", "Coastline Post", "A man died.\\nSource: Harbour Daily"), harbour, {})
    >>> passage_credits(side("c", "Coastline Post", "The roof came off, Harbour Daily reported. A man died."), harbour, {})
    """
    found = _credits_found(user, origin, taken)
    if (
        not found
        or any(kind not in IN_TEXT_CREDITS for _, kind in found)
        or any(_in_the_lede(user, start) for start, _ in found)
        or _byline_names(user, origin)
        or _links_to(user, origin) is not None
        or _credits_a_wire(user, origin)
        or _keeps_dateline(user, origin)
    ):
        return None
    return frozenset(
        sentence.index for start, _ in found if (sentence := _sentence_at(user, start))
    )


def _in_the_lede(user: Sourced, offset: int) -> bool:
    """Whether ``offset`` of ``user``'s text stands in its lede: its first sentence that is no
    boilerplate (a dateline or a credit line set apart)."""
    lede = next((s for s in user.sentences if s.index not in user.boilerplate), None)
    return lede is not None and lede.start <= offset < lede.end


def _credits_found(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> list[tuple[int, CreditKind]]:
    """Where in its text ``user`` credits ``origin``, each place and how (see
    :func:`where_credited`)."""
    text = user.document.text
    # A dateline first: a kept "MOSCOW (Wire Service) -" is a credit line too, told as a dateline.
    return [
        *(((0, CreditKind.DATELINE),) if _dateline_names(user, origin) and text else ()),
        *(
            (s.start, CreditKind.CREDIT_LINE)
            for s in user.sentences
            if _credit_line_names(user, s, origin)
        ),
        *((f.start(), CreditKind.CREDIT_PHRASE) for f in _credit_phrases(user, origin, taken)),
        *(
            _release_disclosures(user, origin, taken)
            if origin.released
            else (
                *(
                    (f.start(), CreditKind.SOURCE_NAMED)
                    for f in _source_namings(user, origin, taken)
                ),
                *((f.start(), CreditKind.SHORT_NAME) for f in _short_namings(user, origin, taken)),
                *(
                    (f.start(), CreditKind.SOURCE_NAMED)
                    for f in _journal_namings(user, origin, taken)
                ),
            )
        ),
        # Named as its dateline names it: cited ("according to Kestrel"), else as a credit line
        # or a sign-off does ("Kestrel contributed to this report.", "— Kestrel").
        *(
            (
                f.start(),
                CreditKind.CREDIT_LINE if _in_a_credit_line(user, f) else CreditKind.SOURCE_NAMED,
            )
            for f in _dated_namings(user, origin, taken)
        ),
    ]


def _sentence_at(user: Sourced, offset: int) -> Sentence | None:
    """The sentence of ``user`` that holds ``offset`` of its text."""
    at = bisect_right([s.start for s in user.sentences], offset) - 1
    return user.sentences[at] if at >= 0 else None


def _taken_at(user: Sourced, offset: int, taken: Mapping[int, str]) -> tuple[Sentence, str] | None:
    """The sentence of ``user`` that holds ``offset`` of its text and the origin's text aligned
    with it (``taken``: see :func:`discloses`), when it is aligned."""
    sentence = _sentence_at(user, offset)
    copied = taken.get(sentence.index) if sentence else None
    return None if sentence is None or copied is None else (sentence, copied)


def _credit_phrases(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> Iterator[re.Match[str]]:
    """Each credit's phrase in ``user``'s text that names ``origin``'s outlet in any of its forms
    or by its handle (``[names] credit_phrases``, :func:`_credited_forms`): "as first reported by
    The Ledger Line", "according to a report last week by the nonprofit site Ledger Line", "first
    reported by LedgerLine.org", "h/t @ledgerline". Said so, a name credits the outlet whatever
    the copy's sentence took from ``origin``'s ("obtained by The Ledger Line" there), but for the
    phrase itself, which the copy may have pasted (``taken``: see :func:`discloses`), the words
    between its credit's word and the name changed or not (:func:`_credit_word`). A site's
    outlet is named so too by the name its host gives it, written in words as a name
    (:func:`_spelled_site`, :func:`_written_as_a_name`): "first published by the Riverton
    Gazette" for rivertongazette.com."""
    named = origin.dateline_source
    source = origin.document.source
    host = site_host(origin.document.url)
    forms, handles = _credited_forms(
        None if _is_file_name(origin.document) else source,
        host,
        named if named and _short_for(named, source) else None,
    )
    if not forms and not handles:
        return
    if not _may_name(user, (*forms, *handles, *(_site_names(host) if host else ()))):
        return
    spelled = _spelled_site(host) if host else None
    text = user.document.text
    # A credit's phrase ends in one of the outlet's names, and few texts name another's: looked
    # for alone first, they spare compiling its phrase's pattern, a large one, for most outlets
    # (a 600-record feed: 25 of 309, 0.06 s each).
    if _name_pattern(forms, handles).search(text) is None and not (
        spelled and spelled.search(text)
    ):
        return
    pattern = _credit_pattern(forms, handles, spelled.pattern if spelled else "")
    for found in pattern.finditer(text):
        if spelled and found["spelled"] and not _written_as_a_name(found, "spelled"):
            continue
        aligned = _taken_at(user, found.start(), taken)
        # The origin's own phrase, by its credit's word, whatever words between it and the
        # name the copy changed: a release's "published today by Brightwater Trust", pasted as
        # "published on Thursday by Brightwater Trust", names its author, and credits nothing.
        if aligned is None or _credit_word(found) not in map(
            _credit_word, pattern.finditer(aligned[1])
        ):
            yield found


def _credit_word(found: re.Match[str]) -> str:
    """The word a credit's phrase opens with, case-folded: "published" of "published on
    Thursday by Brightwater Trust"."""
    return found.group().split(maxsplit=1)[0].casefold()


@lru_cache(maxsize=1 << 12)
def _credited_forms(
    source: str | None, host: str | None, dated: str | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The forms of an outlet's name a credit's phrase may give, in any case: each of its
    source's names (:func:`_names_of`) without a leading "The", and its words run together
    ("LedgerLine"); and its site's host ("ledgerline.org"). And the handles its accounts may go
    by: a name of one word or run together, its site's name without its domain's ending, unless
    many post on that site (``[names] shared_hosts``), and the short name its dateline gives it
    (``dated``: "@harborline" for the Harborline News Agency, filed "(Harborline)").

    >>> _credited_forms("The Ledger Line", "ledgerline.org", None)
    (('ledger line', 'ledgerline', 'ledgerline.org'), ('@ledgerline',))
    """
    forms: list[str] = []
    for words in _names_of(source) if source else ():
        name = words[1:] if words[:1] == ("the",) else words
        if word_length("".join(name)) >= MIN_TELLING_LETTERS:
            forms += [" ".join(name), *(["".join(name)] if len(name) > 1 else [])]
    site = _site_name(host) if host and host not in lexicon().shared_hosts else None
    handles = [form for form in forms if " " not in form and "." not in form]
    handles += [name.casefold() for name in (site, dated) if name and " " not in name]
    return (
        tuple(dict.fromkeys([*forms, *([host] if host else [])])),
        tuple(dict.fromkeys(f"@{handle}" for handle in handles)),
    )


def _site_name(host: str) -> str:
    """The name a site's host gives its outlet: the label before its domain's ending, a
    country's "co.uk" or "com.au" taken as one ending, not a section's or edition's first label,
    which many outlets share ("news", "edition").

    >>> [_site_name(h) for h in ("ledgerline.org", "news.sky.com", "bbc.co.uk", "ledger")]
    ['ledgerline', 'sky', 'bbc', 'ledger']
    """
    labels = host.split(".")
    ending = 2 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 1
    return labels[max(len(labels) - ending - 1, 0)]


@lru_cache(maxsize=1 << 12)
def _site_names(host: str) -> tuple[str, ...]:
    """The names a site's host gives its outlet that a text may write in words, as letters and
    digits: its site's name (:func:`_site_name`), and that name without a brand it ends with
    (``SITE_BRANDS``) in capitals, as call letters, the one way a text names the outlet by it
    ("KTVX" of ktvxnews.com; in any other case it may be an everyday word's: "City officials
    said" names no citynews.ca); but none of fewer than ``MIN_TELLING_LETTERS`` letters, nor one
    that is a word many outlets' names are made of ("times" of times.com, "news" of
    news.com.au): "the Times" names no one site.

    >>> _site_names("rivertongazette.com"), _site_names("ktvxnews.com"), _site_names("times.com")
    (('rivertongazette',), ('ktvxnews', 'KTVX'), ())
    """
    terms = lexicon()
    common = terms.function_words | terms.masthead_words | terms.section_words | terms.outlet_words
    name = re.sub(r"[\W_]", "", _site_name(host))
    unbranded = [name.removesuffix(brand) for brand in SITE_BRANDS if name.endswith(brand)]
    return tuple(
        dict.fromkeys(
            letters
            for letters in (name, *map(str.upper, unbranded))
            if word_length(letters) >= MIN_TELLING_LETTERS and letters.casefold() not in common
        )
    )


@lru_cache(maxsize=1 << 12)
def _spelled_site(host: str) -> re.Pattern[str] | None:
    """A site's names (:func:`_site_names`) as a text writes them in words, in any case but
    those in capitals: their letters in turn, perhaps apart (``BETWEEN_LETTERS``), as a word of
    their own, not a handle nor a site's address ("@rivertongazette", "rivertongazette.com" are
    a credit's phrase's and a link's: :func:`_credit_phrases`, :func:`_line_names_site`),
    perhaps with a channel's number after them, which a broadcaster's name goes on with ("KTVX 4
    News reported" for ktvx.com); ``None`` for a host that gives none."""
    names = _site_names(host)
    if not names:
        return None
    in_turn = [BETWEEN_LETTERS.join(map(re.escape, name)) for name in names]
    spelled = "|".join(
        f"(?-i:{letters})" if name.isupper() else letters
        for name, letters in zip(names, in_turn, strict=True)
    )
    return re.compile(
        rf"(?<![\w@./-])(?:{spelled})(?:[^\S\n]+\d{{1,2}})?(?![\w@-]|\.\w)", re.IGNORECASE
    )


def _site_namings(text: str, letters: str, host: str | None) -> Iterator[re.Match[str]]:
    """Each naming in ``text`` of the outlet whose site ``host`` is, by the name its host gives
    it written in words (:func:`_spelled_site`: "the Riverton Gazette" for rivertongazette.com,
    "KTVX 4 News" for ktvx.com), written as a name (:func:`_written_as_a_name`); ``letters``
    are the text's (:func:`letters_of`), which tell at once most texts that hold none.

    >>> host, text = "rivertongazette.com", "It first appeared in The Riverton Gazette."
    >>> [m.group() for m in _site_namings(text, letters_of(text), host)]
    ['Riverton Gazette']
    >>> text = "Source: Riverton Gazette Foundation"
    >>> [m.group() for m in _site_namings(text, letters_of(text), host)]
    []
    """
    # Most texts hold none of a site's names: its pattern is compiled only for one that may.
    if host is None or not any(name.casefold() in letters for name in _site_names(host)):
        return
    spelled = _spelled_site(host)
    if spelled is None:
        return
    yield from (found for found in spelled.finditer(text) if _written_as_a_name(found))


def letters_of(text: str) -> str:
    """A text's letters and digits, case-folded, run together: a document's are read once
    (``Sourced.letters``) for the site of every other document of its story.

    >>> letters_of("K-TVX 4 News, Riverton.")
    'ktvx4newsriverton'
    """
    return re.sub(r"[\W_]+", "", text.casefold())


def _may_name(user: Sourced, names: tuple[str, ...]) -> bool:
    """Whether ``user``'s text may hold any of ``names`` as a pattern of them finds them, in any
    case, perhaps their words apart: it holds one's letters (``Sourced.letters``). Few texts of a
    story name another outlet of it, and reading their letters spares a pattern's search over
    each (a 600-record feed: 0.26 ms each, 61,212 a run) and compiling most outlets' patterns at
    all."""
    letters = _dotted(user.letters)
    return any(name in letters for name in _letters_of_names(names))


@lru_cache(maxsize=1 << 12)
def _letters_of_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The letters of each of ``names`` (:func:`letters_of`), as :func:`_may_name` reads them."""
    return tuple(_dotted(letters_of(name)) for name in names)


def _dotted(letters: str) -> str:
    """Letters with a dotless i (U+0131) as "i": a pattern in any case finds it for "i" or "I",
    and "i" for it, whose case-folded letters differ; no other letter's do (all of Unicode
    checked against Python's ``re.IGNORECASE``).

    >>> _dotted(letters_of("KIRIKKALE K\u0131r\u0131kkale"))
    'kirikkalekirikkale'
    """
    return letters.replace("\u0131", "i")


def _written_as_a_name(found: re.Match[str], group: str | int = 0) -> bool:
    """Whether words found as a site's name (the match's ``group``) are written as its outlet's:
    each capitalised, or a channel's number ("Riverton Gazette", "KTVX 4"; not "in the hill
    country" for thehill.com); no part of a longer name, with no capitalised word before them
    but a function word's (:func:`_given_name_before`: "Fort Tarrow Times" is not
    tarrowtimes.com) and none after them but an outlet's (:func:`_goes_on_as_named`: "KTVX News
    Digital", not "Riverton Gazette Foundation")."""
    text, start, end, name = found.string, found.start(group), found.end(group), found[group]
    after = next(FOLLOWING_NAMES.finditer(text, end))["after"]
    return (
        all(word[:1].isupper() or word.isdigit() for word in name.split())
        and not _given_name_before(text, start)
        and _goes_on_as_named(after, _outlet_words(name))
    )


@lru_cache(maxsize=1 << 12)
def _credit_pattern(
    forms: tuple[str, ...], handles: tuple[str, ...], spelled: str = ""
) -> re.Pattern[str]:
    """A credit's phrase (``Lexicon.credit_phrase``) before any of an outlet's name's ``forms``
    or ``handles``, or its site's name ``spelled`` in words (the group ``spelled``: see
    :func:`_spelled_site`), perhaps after "the"; or a credit line's lead or a word that cites a
    source (``Lexicon.source_credit_lead``, ``Lexicon.source_cues``: "h/t", "via", "according
    to") before one of its handles, wherever they stand: a handle is no other name; or "via"
    and a name in brackets, as a live blog credits a post at its end ("... by a coastguard
    helicopter (via Harbour Daily).").

    >>> pattern = _credit_pattern(("harbour daily",), (), r"Harbour\\s+Daily")
    >>> pattern.search("A crew was winched (via Harbour Daily).").group()
    '(via Harbour Daily)'
    """
    terms = lexicon()
    names = "|".join([_names(forms, handles), *([f"(?P<spelled>{spelled})"] if spelled else [])])
    credited = [
        rf"{terms.credit_phrase}(?:the\s+)?(?:{names})",
        rf"\(\s*via\s+(?:the\s+)?(?:{_names(forms, handles)})\s*\)",
    ]
    if handles:
        leads = f"{terms.source_credit_lead.pattern}|{terms.source_cues.pattern}"
        credited.append(rf"(?:{leads})\s*(?:{'|'.join(map(re.escape, handles))})")
    return re.compile(rf"(?:{'|'.join(credited)})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _name_pattern(forms: tuple[str, ...], handles: tuple[str, ...]) -> re.Pattern[str]:
    """Any of an outlet's name's ``forms`` or ``handles`` as :func:`_credit_pattern` finds them
    after a credit's phrase, alone.

    >>> _name_pattern(("ledger line",), ("@ledgerline",)).findall("Ledger  Line's, h/t @LedgerLine")
    ['Ledger  Line', '@LedgerLine']
    """
    return re.compile(rf"(?:{_names(forms, handles)})(?![\w-])", re.IGNORECASE)


def _names(forms: tuple[str, ...], handles: tuple[str, ...]) -> str:
    """A pattern of any of ``forms`` and ``handles``, its words apart by any spaces."""
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in (*forms, *handles))


def _links_to(user: Sourced, origin: Sourced) -> str | None:
    """The first link of ``user``'s text (``Document.links``) to ``origin``'s site, when that is
    not ``user``'s own: a link credits the outlet it points to, whatever its words ("a nonprofit
    newsroom reported last week"). On a site where many post (``[names] shared_hosts``: t.me,
    x.com), only a link to the origin's own address does: another channel's post is not it."""
    host = site_host(origin.document.url)
    if host is None or host == site_host(user.document.url):
        return None
    if host.removeprefix("m.").removeprefix("mobile.") in lexicon().shared_hosts:
        address = _address(origin.document.url)
        return next((link for link in user.document.links if _address(link) == address), None)
    return next((link for link in user.document.links if site_host(link) == host), None)


def _address(url: str | None) -> tuple[str | None, str]:
    """An address as a link to it may write it: its host (:func:`~compare.records.site_host`) and its path
    without a closing slash, its scheme, query and fragment aside.

    >>> _address("https://www.x.com/ledger/status/12/?s=20") == _address("http://x.com/ledger/status/12")
    True
    """
    try:
        path = urlsplit(url if url and "//" in url else f"//{(url or '').strip()}").path
    except ValueError:  # a feed's broken address, as in site_host
        path = ""
    return site_host(url), path.rstrip("/")


def _in_own_words(user: Sourced, found: re.Match[str], taken: Mapping[int, str]) -> bool:
    """Whether a name ``found`` in ``user``'s text stands in its own words: in a sentence that is
    not aligned with the origin's, or one whose aligned text (``taken``: see :func:`discloses`)
    lacks the name with the word before it (after it, where it opens its sentence): "according
    to Meridian" in a copy of "Meridian's correspondent reported" is the copy's, "obtained by
    Meridian Today" in a copy of "obtained by Meridian Today" the origin's."""
    aligned = _taken_at(user, found.start(), taken) if taken else None
    if aligned is None:
        return True
    sentence, copied = aligned
    text = found.string
    before = text[sentence.start : found.start()].split()[-1:]
    after = [] if before else text[found.end() : sentence.end].split()[:1]
    phrase = " ".join([*before, found.group(), *after])
    return " ".join(phrase.split()) not in " ".join(copied.split())


def direction_by_release(a: Sourced, b: Sourced) -> tuple[str, DirectionBasis] | None:
    """``a->b`` when A is a press release and B is not, ``b->a`` the other way; of two, the one
    whose issuer is known, when the other's is not (a paper that runs a release may keep its
    distributor's dateline, "/PRNewswire/ --", but not its closing blocks). No release is
    written from a paper's story: the release is the origin whatever the times say (it is
    e-mailed to newsrooms, under embargo too, or put on a newswire before its issuer's site
    posts it) and whatever kind of outlet the other is (an aggregator called "Science Wire
    Digest" reposts releases). With the direction, the basis that told it."""
    if (a.issuer is None) != (b.issuer is None):
        first = a.issuer is not None
    elif a.released != b.released:
        first = a.released
    else:
        return None
    return ("a->b" if first else "b->a", DirectionBasis.PRESS_RELEASE)


def direction_by_credit(a: Sourced, b: Sourced) -> tuple[str, DirectionBasis] | None:
    """``a->b`` when B credits A and A does not credit B, or else when A is a news agency and B
    is not (by its source's name, or as the agency's own copy: "TARROW (NPA) -" in npa.txt), or
    else when A opens with an agency's dateline ("WASHINGTON (AP) -") and B does not: an outlet
    that adds a local paragraph to wire copy is more than the wire's text, so containment would
    call the wire the copy, and one that drops the dateline hides its source; one that keeps it
    is told from the agency by its name. But an undated text that merely kept an agency's
    dateline (:func:`_kept_dateline`) is no origin of a dated one by it: an aggregator's undated
    record of a state outlet's story is no earlier than a dated copy that dropped the dateline.
    Of two that open with one agency's dateline, neither the agency's, the dated one is the
    origin of the undated one. With the direction, which of these told it."""
    a_credits_b, b_credits_a = _credits(a, b), _credits(b, a)
    # An interview the other text says its outlet held is no agency's copy, whatever its kind.
    a_agency = _shows_an_agency(a) and not claims_an_interview(b)
    b_agency = _shows_an_agency(b) and not claims_an_interview(a)
    told = (
        (a_credits_b != b_credits_a, b_credits_a, DirectionBasis.CREDIT),
        (a_agency != b_agency, a_agency, DirectionBasis.NEWS_AGENCY),
        (
            (a.filed_by is None) != (b.filed_by is None)
            and not _kept_before_a_date(a, b)
            and not _kept_before_a_date(b, a),
            a.filed_by is not None,
            DirectionBasis.AGENCY_DATELINE,
        ),
        (
            _one_agencys_dateline(a, b) and _undated(a) != _undated(b),
            _undated(b),
            DirectionBasis.SHARED_DATELINE,
        ),
    )
    return next(
        (("a->b" if a_first else "b->a", basis) for differ, a_first, basis in told if differ),
        None,
    )


def _shows_an_agency(side: Sourced) -> bool:
    """Whether a news agency's text shows it is one by more than a word of its name, as a
    direction by ``news_agency`` needs: a wire service known by any of its names (the package's
    lists or a ``--terms`` file's ``wire_services``) names its outlet, or it signs its copy as
    an agency does (:func:`_signed`: its own dateline, a byline or credit of its own name).
    "Cascade County Wire 365" with none of these is a site that took the word for the authority
    it lends, and its name alone outweighs neither the times nor the text.

    >>> from compare.overlap import Side
    >>> def side(source: str, text: str, author: str | None = None) -> Side:
    ...     return Side.of(Document(source, source, text, author=author), (), frozenset(), {})
    >>> _shows_an_agency(side("Reuters", "A crane fell.")), _shows_an_agency(side("Tarrow Wire 365", "A crane fell."))
    (True, False)
    >>> _shows_an_agency(side("Tarrow Wire", "A crane fell.", author="Tarrow Wire staff"))
    True
    """
    return side.agency and (bool(side.wires) or _signed(side) is not None)


def _kept_dateline(side: Sourced) -> bool:
    """Whether a text opens with a news agency's dateline it merely kept: it is no agency's own,
    by its outlet nor by its source's name ("DORVANSK, March 14 (VRN) -" in an aggregator's
    record)."""
    return side.filed_by is not None and not side.agency


def _kept_before_a_date(undated: Sourced, dated: Sourced) -> bool:
    """Whether ``undated`` gives no date and merely kept an agency's dateline
    (:func:`_kept_dateline`), and ``dated`` gives one."""
    return _undated(undated) and not _undated(dated) and _kept_dateline(undated)


def _one_agencys_dateline(a: Sourced, b: Sourced) -> bool:
    """Whether two texts open with one news agency's dateline, as the same name (in either
    Chinese script: :meth:`~compare.lexicon.Lexicon.agency_name_key`) or one wire service's
    ("(AP)", "(Associated Press)"), and neither is the agency's own."""
    if a.filed_by is None or b.filed_by is None or a.agency or b.agency:
        return False
    terms = lexicon()
    wire = terms.wire_service_named(a.filed_by)
    return terms.agency_name_key(a.filed_by) == terms.agency_name_key(b.filed_by) or (
        wire is not None and wire == terms.wire_service_named(b.filed_by)
    )


def _undated(side: Sourced) -> bool:
    return side.document.published is None


def signed_before(
    later: Sourced, earlier: Sourced, own_copies: AbstractSet[str] = frozenset()
) -> DirectionBasis | None:
    """How ``later``, which the times say came after ``earlier``, signs itself as a news
    agency's own copy (:func:`_signed`), or opens with a news agency's dateline that
    ``earlier`` lacks (``agency_dateline``), when ``earlier`` is no news agency's and ``later``
    does not disclose it (:func:`discloses`): the agency's copy is the origin whatever the times
    say, as a client's clock may run early and a client may post from the feed before the
    agency's own site does; and a text that carries the dateline did not take it from one
    without it (a state broadcaster's "DORVANSK, March 14 (VRN) -" at 06:30, and a paper's copy
    stamped 05:00 that dropped the dateline but kept "told VRN"). An agency that names the other
    in its text may have taken the story from it: the times then tell. So they do for a text
    that merely kept the dateline (:func:`_kept_dateline`) printed a day after the other: a
    clock runs minutes early, not a day, and a paper that ran the wire on Tuesday gave Monday's
    paper, which wrote up the same press release, nothing. Nor is one that opens with a dateline
    the origin of ``earlier`` when ``earlier`` prints it after a paragraph of its own
    (:func:`_prints_dateline_of`). Nor is a client's reprint that merely kept the dateline the
    origin of ``earlier`` when the agency's own copy is in the run (``own_copies``: see
    :func:`agencies_with_own_copy`): the dateline says whose text the reprint is, and that
    text, there to be compared, is the origin of both; a reprint published after ``earlier``
    gave it nothing. A signature by name alone (``news_agency``: a byline or a
    credit of its own) outweighs a clock running early, not times ``CLOCK_SLIP`` or more apart,
    nor ``earlier``'s saying that a speaker told its own outlet (:func:`claims_an_interview`:
    "..., told Harbour Daily"), which a copy would not have written. ``None`` when the times
    stand."""
    if earlier.agency or discloses(later, earlier):
        return None
    if (basis := _signed(later)) is not None:
        if basis is DirectionBasis.NEWS_AGENCY and (
            _hours_apart(later, earlier) or claims_an_interview(earlier)
        ):
            return None
        return basis
    if (
        later.filed_by is not None
        and earlier.filed_by is None
        and not _prints_dateline_of(earlier, later.filed_by)
        and not (
            _kept_dateline(later)
            and (
                _printed_a_day_after(later, earlier)
                or lexicon().agency_name_key(later.filed_by) in own_copies
            )
        )
    ):
        return DirectionBasis.AGENCY_DATELINE
    return None


def agencies_with_own_copy(documents: Iterable[Document]) -> frozenset[str]:
    """The news agencies, by their names' keys (:meth:`~compare.lexicon.Lexicon.agency_name_key`),
    whose own copy is among ``documents``: a text that opens with the agency's dateline
    (:func:`filed_by`) and is the agency's own (:func:`is_agency`), or is the user's record
    (``--record``), as an agency's desk gives its own feed.

    >>> wire = "TARROW, Dec 4 (Reuters) - A crane fell."
    >>> sorted(agencies_with_own_copy([Document("k", "wire.example", wire, of_record=True)]))
    ['reuters']
    >>> sorted(agencies_with_own_copy([Document("p", "Tarrow Post", wire)]))
    []
    """
    terms = lexicon()
    return frozenset(
        terms.agency_name_key(name)
        for document in documents
        if (
            name := filed_by(
                terms.dateline(document.text), document, comes_from := outlet(document)
            )
        )
        is not None
        and (document.of_record or is_agency(comes_from, name, document.source))
    )


def filed_by(dateline: Dateline | None, document: Document, comes_from: str) -> str | None:
    """The news agency that the ``dateline`` ``document`` opens with says filed it, as named
    there ("Kestrel" for "TARROW (Kestrel) -"): a known agency's, or one that signs
    ``comes_from``, its outlet, by a short form of its own name (:func:`signs_own_name`);
    ``None`` for none."""
    if dateline is None:
        return None
    source = dateline.source
    signed = dateline.by_agency or signs_own_name(source, comes_from, document.source)
    return source if signed else None


def _hours_apart(later: Sourced, earlier: Sourced) -> bool:
    """Whether both give their times of publication, ``CLOCK_SLIP`` or more apart."""
    then, first = later.document.published_time, earlier.document.published_time
    if not (then and first):
        return False
    return datetime.fromisoformat(then) - datetime.fromisoformat(first) >= CLOCK_SLIP


def claims_an_interview(side: Sourced) -> bool:
    """Whether a sentence of ``side`` says someone told its own outlet (:func:`told_to`:
    "..., Carla Benning told Harbour Daily.").

    >>> from compare.overlap import Side
    >>> from compare.segment import segment
    >>> told = Document("h", "Harbour Daily", '"Fans were pushed," Carla Benning told Harbour Daily.')
    >>> claims_an_interview(Side.of(told, segment(told), frozenset(), {}))
    True
    """
    source = side.document.source
    return any(told_to(sentence.text, source) for sentence in side.sentences)


def _prints_dateline_of(side: Sourced, source: str) -> bool:
    """Whether a sentence of ``side`` opens with ``source``'s dateline: a paper that put a
    paragraph of its own before the agency's ("Readers in Ravensworth may be affected by the
    following news." before "OTTERBURN MILL, Nov 3 (CW) -") took the dateline with the agency's
    text, so a later copy that opens with it is no origin of the paper's."""
    return any(
        (dateline := lexicon().dateline(sentence.text)) is not None and dateline.source == source
        for sentence in side.sentences
    )


def _printed_a_day_after(later: Sourced, earlier: Sourced) -> bool:
    """Whether ``later`` gives a date, as its outlet printed it, after the one ``earlier`` gives:
    a day of June 1931 is neither before nor after "1931-06" (see :func:`at_one_precision`)."""
    printed, before = later.document.published, earlier.document.published
    if printed is None or before is None:
        return False
    printed, before = at_one_precision(printed, before)
    return printed > before


def _signed(side: Sourced) -> DirectionBasis | None:
    """How a news agency's text signs itself as its own: by its dateline ("LONDON (Reuters) -"
    in Reuters' copy: ``agency_dateline``), or by its byline or another credit of its own
    ("By The Associated Press" in AP's: ``news_agency``); ``None`` for any other text. A
    byline that names its outlet's desk ("By the Metro Wire Today news desk") signs as any
    newsroom signs its unsigned posts, and says nothing of the outlet's kind.

    >>> from compare.overlap import Side
    >>> def side(author: str) -> Side:
    ...     document = Document("m", "Metro Wire Today", "A crane fell.", author=author)
    ...     return Side.of(document, (), frozenset(), {})
    >>> _signed(side("Metro Wire Today staff")), _signed(side("Metro Wire Today news desk"))
    (<DirectionBasis.NEWS_AGENCY: 'news_agency'>, None)
    """
    if not side.agency:
        return None
    if side.filed_by is not None and _short_for(side.filed_by, side.document.source):
        return DirectionBasis.AGENCY_DATELINE
    wire = lexicon().wire_service_named(side.outlet)
    if (wire is not None and wire in side.document.credits) or (
        _byline_names(side, side) and not _names_a_desk(side.document.author or "")
    ):
        return DirectionBasis.NEWS_AGENCY
    return None


def _names_a_desk(byline: str) -> bool:
    """Whether a byline ends by naming a desk ("news desk", "sport desk"), not a writer or an
    agency's staff."""
    return byline.casefold().split()[-1:] == ["desk"]


def credits_outlet(user: Sourced, origin: Sourced) -> bool:
    """Whether ``user`` credits the outlet whose text ``origin`` is, as its credit lines or
    credits do (:func:`_credits`: "Coastal Wire contributed to this report.", "(AP)" for AP's
    text), as its dateline names it ("VARNHOLT (APA) -" for the Atlantic Press Agency's text:
    :func:`_short_for`), or as its byline does ("By Jane Doe, Coastal Wire":
    :func:`_byline_names`). A dateline that names the agency whose copy both run is no credit of
    the other paper's text: only ``origin``'s own outlet counts.

    >>> from compare.overlap import Side
    >>> def side(id: str, source: str, text: str) -> Side:
    ...     return Side.of(Document(id, source, text), (), frozenset(), {})
    >>> wire = side("apa", "Atlantic Press Agency", "VARNHOLT (APA) \u2014 A crane fell.")
    >>> paper = side("rg", "Riverside Gazette", "VARNHOLT (APA) \u2014 A crane fell.")
    >>> credits_outlet(paper, wire), credits_outlet(wire, paper)
    (True, False)
    """
    document = user.document
    # Most articles credit no one: every pair of a story asks this of both of its articles.
    if not (document.credits or user.credit_lines or user.dateline_source or document.author):
        return False
    return _credits(user, origin) or _dateline_names(user, origin) or _byline_names(user, origin)


def names_outlet(user: Sourced, origin: Sourced, taken: Mapping[int, str]) -> bool:
    """Whether ``user`` credits the outlet whose text ``origin`` is (:func:`credits_outlet`), or
    names it in its own words, as its dateline does or by its source's name ("Meridian Today
    reported", "according to VRN": :func:`_names_as_dated`, :func:`_names_source`; not a name
    the copy took with ``origin``'s sentence, ``taken``: see :func:`_in_own_words`): the outlet
    itself, not a wire service both may carry, nor a dateline both keep, which
    :func:`discloses` counts too. With nothing ``taken`` (a name anywhere in the text), the
    answer is read once for each ``origin`` (``Sourced.names_anywhere``): who copied whom asks
    it of each pair both ways, and again of a pair measured again."""
    if taken:
        return _names_outlet_read(user, origin, taken)
    known = user.names_anywhere
    named = known.get(origin.document)
    if named is None:
        named = known[origin.document] = _names_outlet_read(user, origin, taken)
    return named


def _names_outlet_read(user: Sourced, origin: Sourced, taken: Mapping[int, str]) -> bool:
    """:func:`names_outlet`, read."""
    return (
        credits_outlet(user, origin)
        or _names_as_dated(user, origin, taken)
        or _links_to(user, origin) is not None
        or next(_credit_phrases(user, origin, taken), None) is not None
        or (not origin.released and _names_source(user, origin, taken))
    )


def wire_both_ran(
    a: Sourced, b: Sourced, agencies: AbstractSet[str] = frozenset(), *, as_written: bool = True
) -> str | None:
    """The wire service or syndicated writer whose copy two papers each ran, crediting it: a
    wire both credit ("(By United Press)" over each, "(AP)" in one's dateline and "By The
    Associated Press" in the other's byline), or one writer's byline on both ("By DR. PAUL
    HENDRY" over a column two papers bought) where both ran the text ``as_written`` (their
    pair a copy: a column is printed as its writer wrote it, perhaps cut to fit, never
    reworded; two rewrites of one text under one byline are a persona a network of sites
    reuses, no column, and the byline clears neither); ``None`` when they credit none in
    common, either is an agency's own text, or the wire is one of ``agencies``, the sources of
    the story's agencies' own texts (its copy is then in the story, their origin), or either
    credits the other's outlet. What the two share is the wire's, which each took from it: neither took it
    from the other, whatever their dates say.

    >>> from compare.overlap import Side
    >>> def side(id: str, source: str, text: str, author: str | None = None, credits=()) -> Side:
    ...     document = Document(id, source, text, author=author, credits=credits)
    ...     return Side.of(document, (), frozenset(), {})
    >>> text = "BELDEN, W. Va., March 3.\\u2014(By United Press)\\u2014 Forty miners were trapped."
    >>> wire_both_ran(side("a", "Gazette", text, credits=("UP",)), side("b", "Ledger", text, credits=("UP",)))
    'UP'
    >>> column = "Many a mother writes to ask about swimming."
    >>> ledger = side("c", "Pike Ledger", column, author="DR. PAUL HENDRY")
    >>> wire_both_ran(ledger, side("d", "Plain Dealer", f"By DR. PAUL HENDRY\\n\\n{column}"))
    'DR. PAUL HENDRY'
    >>> wire_both_ran(ledger, side("e", "Plain Dealer", column)) is None
    True
    >>> dealer = side("d", "Plain Dealer", f"By DR. PAUL HENDRY\\n\\n{column}")
    >>> wire_both_ran(ledger, dealer, as_written=False) is None
    True
    """
    if a.agency or b.agency or credits_outlet(a, b) or credits_outlet(b, a):
        return None
    own = {wire for side in (a, b) if (wire := lexicon().wire_service_named(side.outlet))}
    both = set(a.document.credits) & set(b.document.credits) - {UNNAMED_WIRES} - own
    # Only a news agency known as one: initials no list names ("DORVANSK (VRN) -") may sign
    # one side's own copy, which the other took; nor a name one side signs with, or an agency
    # of the story, whose copy is there.
    wires = [
        wire
        for wire in sorted(both)
        if _is_a_wire(wire)
        and not any(
            _signs_as(wire, source)
            for source in (a.document.source, b.document.source, *sorted(agencies))
        )
    ]
    if wires:
        return wires[0]
    byline = _syndicated_byline(a.document) if as_written else None
    if byline is not None and _key(byline) == _key(_syndicated_byline(b.document) or ""):
        return byline
    return None


def _is_a_wire(name: str) -> bool:
    """Whether a credited name is a news agency's as the lists know them: a wire service by
    any of its names, its initials in a period dateline ("UP", "INS"), or one its name says is
    an agency ("Agencia Meridiana")."""
    terms = lexicon()
    return terms.is_agency(name) or name in terms.dateline_wire_initials.values()


def _signs_as(name: str, source: str) -> bool:
    """Whether a credited ``name`` is ``source``'s own: a short form of it (:func:`_short_for`)
    or its initials in capitals ("VRN" of the Voice of Rossland)."""
    return _short_for(name, source) or (
        name.isupper() and any(_abbreviates(name, words) for words in _names_of(source))
    )


def _syndicated_byline(document: Document) -> str | None:
    """The writer a document is signed by: its byline, or, where the reader left it in the
    text under a page's running head and a headline, a line "By <Name>" among its first
    (``BYLINE_LINES``); ``None`` for none, or one that names an outlet or a desk, not a writer
    ("Staff Writer", "News Desk": ``desk_words``), which any two papers may print.

    >>> _syndicated_byline(Document("a", "Ledger", "Text.", author="DR. PAUL HENDRY"))
    'DR. PAUL HENDRY'
    >>> _syndicated_byline(Document("a", "Ledger", "Text.", author="Staff Writer")) is None
    True
    """
    found = document.author
    if not found:
        lines = (line.strip() for line in document.text.split("\n") if line.strip())
        found = next(
            (
                named["names"]
                for line in islice(lines, BYLINE_LINES)
                if (named := SIGNED_LINE.fullmatch(line))
            ),
            None,
        )
    if not found:
        return None
    terms, words = lexicon(), found.split()
    if (
        len(words) < 2
        or terms.is_agency(found)
        or any(word.strip(".,").casefold() in terms.desk_words for word in words)
    ):
        return None
    return " ".join(words)


def _key(name: str) -> str:
    """A name as two bylines are compared: case-folded, full stops and spacing aside."""
    return " ".join(name.replace(".", " ").casefold().split())


def _dateline_names(user: Sourced, origin: Sourced) -> bool:
    """Whether the source ``user``'s dateline names is ``origin``'s by a short form
    (:func:`_short_for`), and not ``user``'s own: an agency's "Madrid, 5 dic (EFE).-" signs its
    own copy and credits no client, whatever the client's folder is called."""
    named = user.dateline_source
    return (
        named is not None
        and _short_for(named, origin.document.source)
        and not _short_for(named, user.document.source)
    )


def outlet(document: Document) -> str:
    """The outlet a document comes from, case-folded: its source; or, when the source is the
    file's path below the folder given (``Document.source_from_path``) and one of its outlet's
    folders (:func:`_outlet_folders`) is named for a news outlet (:func:`_outlet_named`:
    ``reuters/v1``, ``reuters/world/v2``, ``meridian_wire/dam``, ``york_gazette/flood``), that
    outlet, so that a story and its update are one outlet's. Other folders may hold a story's or
    a day's outlets, not one outlet's stories. A source the file gives is the outlet, though it
    is the file's name ("dpa" in dpa.txt).

    >>> def filed(path: str) -> Document:
    ...     return Document(path, path.removesuffix(".txt"), "", path=path, source_from_path=True)
    >>> outlet(filed("reuters/world/v2.txt")), outlet(filed("york_gazette/flood.txt"))
    ('reuters', 'york gazette')
    >>> outlet(filed("strike/fox.txt")), outlet(Document("dpa", "dpa", "", path="feeds/dpa.txt"))
    ('strike/fox', 'dpa')
    """
    source = document.source
    # Files given one by one are labelled by their names, which outlets share ("dam.txt"); a
    # later version named so ("dam_v2.txt") is its first's (versions.link_named_versions).
    if _is_file_name(document):
        path = PurePath(document.path).with_suffix("")
        if document.version_of:
            path = path.with_name(VERSION_MARK.sub("", path.name))
        return path.as_posix().casefold()
    if document.source_from_path:
        source = folder_outlet(source) or source
    return source.casefold()


def folder_outlet(label: str) -> str | None:
    """The news outlet a folder of ``label``, a file's path below the folder given, is named
    for (:func:`_outlet_named`), the folder nearest the file first; ``None`` when no folder is.

    >>> folder_outlet("papers/york_gazette/flood"), folder_outlet("fire/wire/ap copy")
    ('york gazette', None)
    """
    if "/" not in label:
        return None
    return next(filter(None, map(_outlet_named, _outlet_folders(label))), None)


def is_agency(outlet: str, filed_by: str | None, source: str) -> bool:
    """Whether a document is a news agency's: its ``outlet`` is one, or is the one whose
    dateline it opens with (``filed_by``: "TARROW (NPA) -" in "outlets/npa.txt"), or a wire
    service names a folder of its outlet ("kyodo/story")."""
    return lexicon().is_agency(outlet) or (filed_by is not None and _short_for(filed_by, source))


def signs_own_name(named: str | None, outlet: str, source: str) -> bool:
    """Whether a dateline that names ``named`` signs a news agency's own copy: the text's
    ``outlet`` is one by its name (:meth:`~compare.lexicon.Lexicon.is_agency`: "Kestrel News
    Agency", "Agence Kestrel"), and the dateline names it by a short form of its ``source``
    (:func:`_short_for`: "VALMORA, May 12 (Kestrel) -"), though no list of wire services knows
    that name. A client's copy that keeps the dateline credits the agency
    (:func:`_dateline_names`), and is told from it by its own name.

    >>> signs_own_name("Kestrel", "kestrel news agency", "Kestrel News Agency")
    True
    >>> signs_own_name("Kestrel", "valley courier", "Valley Courier"), signs_own_name(None, "afp", "AFP")
    (False, False)
    """
    return named is not None and lexicon().is_agency(outlet) and _short_for(named, source)


def _credits(user: Sourced, origin: Sourced) -> bool:
    """Whether ``user`` credits ``origin`` (:func:`_credits_read`), read once for each
    ``origin`` a document meets (``Sourced.credited``): it depends on the two documents alone,
    and reading a credit line against an outlet's names took a tenth of a feed's run when read
    again for each pair and each question asked of it."""
    known = user.credited
    credits = known.get(origin.document)
    if credits is None:
        credits = known[origin.document] = _credits_read(user, origin)
    return credits


def _credits_read(user: Sourced, origin: Sourced) -> bool:
    """Whether ``user`` credits ``origin``: credits the wire service it is or its source (a
    Telegram post forwarded from its channel), or names its source as written in a credit line
    ("Coastal Wire contributed to this report."). A mention in the story ("the independent
    review", "Reuters reported") or the copy's promotion of itself ("Sign up for The Daily
    Brief") is no credit."""
    # The wire an outlet's folder names too: Kyodo's "(共同)" credits the files in "kyodo/".
    wire = lexicon().wire_service_named(origin.outlet)
    credits = user.document.credits
    if wire is not None and wire in credits:
        return True
    if lexicon().agency_name_key(origin.document.source) in user.credit_keys.credited:
        return True
    if any(_credits_short(credit, user, origin.document.source) for credit in credits):
        return True
    return any(
        _line_credits(line, named, user, origin)
        for line, named in zip(user.credit_lines, user.credit_keys.named_in_lines, strict=True)
    )


def _credits_short(name: str, user: Sourced, source: str) -> bool:
    """Whether a name ``user`` credits is a short form of ``source``'s and not of ``user``'s own
    (:func:`_short_for`): its initials in capitals, of ``MIN_CREDIT_INITIALS`` letters or more
    (:func:`_abbreviates`: "KNA" of the Kestrel News Agency), as "(KNA)" and "Source: KNA"
    credit it; or, of a news agency by its name, a word of that name the others make an
    agency's ("Kestrel"), not in capitals: a dateline's place is ("HARLOW (Meridian Wire) -"
    names no Radio Harlow). An agency's own dateline credits no one.

    >>> from compare.overlap import Side
    >>> site = Side.of(Document("s", "Site One", "A court ruled."), (), frozenset(), {})
    >>> _credits_short("KNA", site, "Kestrel News Agency"), _credits_short("KN", site, "Kestrel News")
    (True, False)
    >>> _credits_short("Kestrel", site, "Kestrel News Agency"), _credits_short("HARLOW", site, "Radio Harlow")
    (True, False)
    """
    if _short_for(name, user.document.source):
        return False
    if name.isupper():
        return len(name) >= MIN_CREDIT_INITIALS and any(
            _abbreviates(name, words) for words in _names_of(source)
        )
    return lexicon().is_agency(source) and _short_for(name, source)


def _line_names_site(line: str, host: str | None) -> bool:
    """Whether a credit line names a site by its host, as a word of its own, in any case
    ("Source: harborline.example"); not a longer host that ends with it ("news.harborline.example"
    names a site of its own) nor an address on it, which :func:`_links_to` reads; or names its
    outlet by the name its host gives it, in words (:func:`_site_namings`: "This story originally
    appeared in the Riverton Gazette." for rivertongazette.com).

    >>> _line_names_site("Source: Harborline.example", "harborline.example")
    True
    >>> _line_names_site("Source: valleypost.example", "harborline.example")
    False
    >>> _line_names_site("Staff of KTVX 4 News contributed.", "ktvx.com")
    True
    """
    if not host:
        return False
    if host in line.casefold() and _written_host(host).search(line):
        return True
    return next(_site_namings(line, letters_of(line), host), None) is not None


@lru_cache(maxsize=1 << 12)
def _written_host(host: str) -> re.Pattern[str]:
    """A site's host written out as a word of its own, in any case, perhaps after "www."
    ("harborline.example", "www.Harborline.example."); not a longer host that ends with it
    ("news.harborline.example" names a site of its own, "harborline.example.au" another) nor
    an address on it, which :func:`_links_to` reads.

    >>> [bool(_written_host("harborline.example").search(text)) for text in (
    ...     "Read it at www.harborline.example.", "See news.harborline.example", "harborline.example/x")]
    [True, False, False]
    """
    return re.compile(rf"(?<![\w./-])(?:www\.)?{re.escape(host)}(?![\w/-]|\.\w)", re.IGNORECASE)


def _line_names(line: str, source: str) -> bool:
    """Whether a credit line names ``source`` as written, or in full a name its outlet's folder
    shortens (:func:`_shortened_in`)."""
    names, in_words = _written_forms(source)
    # Compiling a source's pattern takes milliseconds, and in a story of hundreds of outlets
    # each meets every other: it is made only for a credit line that holds one of the names it
    # finds, as written (its case too, here), which most credit lines hold none of.
    return bool(
        (
            any(name in line for name in (*names, *in_words))
            and _source_pattern(source, case_sensitive=True).search(line)
        )
        or _shortened_in(line, source)
    )


def _credit_line_names(user: Sourced, sentence: Sentence, origin: Sourced) -> bool:
    """Whether ``sentence`` is one of ``user``'s credit lines (:func:`credit_lines`) and names
    ``origin``'s source (:func:`_line_names`), its site, or a short form of its name
    (:func:`_credits_short`: "Source: Kestrel", "(KNA)" for the Kestrel News Agency)."""
    return any(
        line == sentence.text and _line_credits(line, named, user, origin)
        for line, named in zip(user.credit_lines, user.credit_keys.named_in_lines, strict=True)
    )


def _line_credits(line: str, named: AbstractSet[str], user: Sourced, origin: Sourced) -> bool:
    """Whether a credit line of ``user``'s names ``origin``'s source (:func:`_line_names`, or
    among the outlets it ``named``, as :func:`credit_keys` keys them), its site
    (:func:`_line_names_site`), or a short form of its name (:func:`_credits_short`); not a
    line of a release's closing blocks that ``user`` pasted (:func:`_pasted_from_release`)."""
    source = origin.document.source
    # The release's pasted lines are asked for last: they are read from all of its sentences,
    # and only a line that names it needs them.
    return (
        _line_names(line, source)
        # An agency's name in the line's language: "Com informações da Agência Meridiana."
        or lexicon().agency_name_key(source) in named
        or _line_names_site(line, site_host(origin.document.url))
        or any(
            _credits_short(name.group(), user, source) for name in capitalised_run().finditer(line)
        )
    ) and not _pasted_from_release(line, origin)


def _pasted_from_release(line: str, origin: Sourced) -> bool:
    """Whether a line is one of the closing lines of ``origin``, a press release, that a copy
    may paste (:func:`~compare.boilerplate.pasted_furniture`: its description of its issuer,
    its contacts): it names the issuer as the release wrote it, and says nothing of where the
    copy's text came from."""
    return origin.released and matching_key(line) in pasted_furniture(
        origin.sentences, origin.boilerplate
    )


@dataclass(frozen=True, slots=True)
class CreditKeys:
    """What a document credits, each name as :meth:`~compare.lexicon.Lexicon.agency_name_key`
    keys it: its ``credited`` outlets (``Document.credits``), and the outlets each of its credit
    lines names (``named_in_lines``, in the order of its :func:`credit_lines`). Made once a
    document, as it meets every other of its story."""

    credited: frozenset[str]
    named_in_lines: tuple[frozenset[str], ...]


def credit_keys(credits: Iterable[str], lines: Iterable[str]) -> CreditKeys:
    """The :class:`CreditKeys` of a document's ``credits`` and its credit ``lines``.

    >>> credit_keys(["Agencia Meridiana"], ["Com informações da Agência Meridiana."])
    CreditKeys(credited=frozenset({'agency meridiana'}), named_in_lines=(frozenset({'agency meridiana'}),))
    """
    terms = lexicon()
    key = terms.agency_name_key
    return CreditKeys(
        frozenset(map(key, credits)),
        tuple(frozenset(map(key, terms.outlets_named(line))) for line in lines),
    )


def credit_lines(sentences: Sequence[Sentence], boilerplate: AbstractSet[int]) -> tuple[str, ...]:
    """A document's credit, copyright and other boilerplate sentences, but for its promotion of
    itself ("Sign up for The Daily Brief") and a picture's credit ("Photo: Ann Lee/Kestrel"),
    which credits the picture, not the text."""
    terms = lexicon()
    return tuple(
        s.text
        for s in sentences
        if s.index in boilerplate
        and not terms.is_promo(s.text)
        and not terms.is_picture_label(s.text)
    )


def _shortened_in(line: str, source: str) -> bool:
    """Whether ``line`` gives in full a name that ``source``'s outlet folder
    (:func:`_outlet_folders`) is a short form of: the first letter or letters of the name's words
    in turn (:func:`_first_letters`), "The New York Times" for "nyt/", "The Washington Post" for
    "wapo/", "the Los Angeles Times" for "latimes/". A folder's name says no more than these
    letters, so only a credit line's names are tried: in a story's text "the 10 ft wall" and
    "Fort Tarrow" are not the Financial Times.

    >>> _shortened_in("The New York Times contributed to this report.", "nyt/story")
    True
    >>> _shortened_in("Fort Tarrow Times contributed to this report.", "ft/story")
    False
    """
    return any(
        _first_letters(folder, name)
        for folder in _short_folders(source)
        if len(folder) > 1
        for name in _written_names(line)
    )


def _initialled_in(text: str, source: str) -> bool:
    """Whether ``text`` cites as a source (:func:`_cited_as_a_source`) a paper or a broadcaster
    by a name (its last word a masthead's, ``[names] masthead_words``) of at least
    ``MIN_INITIALS_IN_TEXT`` words whose initials, one a word, are ``source``'s outlet folder's
    name: "the New York Times reported" for "nyt/"; not "the New York Transit authority", nor
    "Fort Tarrow" for "ft/", nor "The New York Times declined to comment"."""
    folders = [f for f in _short_folders(source) if len(f) >= MIN_INITIALS_IN_TEXT]
    # Most sources have no such folder: the text is then not read for names at all.
    return bool(folders) and not _initials_of_cited_names(text).isdisjoint(folders)


def _short_folders(source: str) -> list[str]:
    """The names of a source's outlet folders, case-folded, their words run together ("la_times":
    "latimes"); none for a source that is no file's path."""
    if "/" not in source:
        return []
    return ["".join(_folder_words(folder)) for folder in _outlet_folders(source)]


# Each document's text is searched once per pair it is in.
@lru_cache(maxsize=1 << 10)
def _initials_of_cited_names(text: str) -> frozenset[str]:
    """The initials of the outlets' names of a few words ``text`` cites as sources
    (:func:`_cited_as_a_source`), function words left out."""
    terms = lexicon()
    names = ((_name_words(found), found) for found in capitalised_run().finditer(text))
    return frozenset(
        "".join(word[0] for word in name if word not in terms.function_words)
        for name, found in names
        if len(name) >= MIN_INITIALS_IN_TEXT
        and name[-1] in terms.masthead_words
        and _cited_as_a_source(found)
    )


def _written_names(line: str) -> list[tuple[str, ...]]:
    """The names a line writes, each as its words, case-folded: runs of capitalised words,
    joined by an outlet's particles ("Times of India") but not by "and" ("The New York Times and
    Reuters" are two), a hyphened name's words apart ("Atlanta Journal-Constitution").

    >>> _written_names("The New York Times and the Times of India contributed.")
    [('the', 'new', 'york', 'times'), ('times', 'of', 'india')]
    """
    return [_name_words(found) for found in capitalised_run().finditer(line)]


def _name_words(found: re.Match[str]) -> tuple[str, ...]:
    """A name's words, case-folded, a hyphened name's apart."""
    return tuple(re.split(r"[\s-]+", found.group().casefold()))


# A run has far fewer sources than pairs; compiling a source's pattern per pair made a story of
# 600 outlets spend a third of its time in the regex compiler.
@lru_cache(maxsize=1 << 12)
def _source_pattern(
    source: str, case_sensitive: bool = False, file_name: bool = False
) -> re.Pattern[str]:
    """A source's name as an article writes it. A source that may be a file's path, as a folder
    of outlets gives it ("coastline_wire/story"), is also looked for as its outlet's folder's
    (:func:`_outlet_folders`) or file's name in words, capitalised or in capitals, apart or
    hyphened ("Coastline Wire", "NYT", "Al-Monitor"): "Sign up for our daily newsletter" credits
    no outlet kept in "daily/". A ``file_name`` alone ("dam" of dam.txt) is looked for only so:
    "the dam burst" names none. A name is also looked for without the brand it ends with
    (:func:`_unbranded`: "the BBC" for "BBC News"), which a story's text names the outlet by only
    where it cites it (:func:`_cited_as_a_source`)."""
    names, in_words = _source_forms(source, file_name)
    if not names:
        return phrase_pattern(list(in_words), flags=0)
    literal = phrase_pattern(list(names), flags=0 if case_sensitive else re.IGNORECASE)
    if not in_words:
        return literal
    flags = "" if case_sensitive else "i"
    return re.compile(
        f"(?{flags}:{literal.pattern})|{phrase_pattern(list(in_words), flags=0).pattern}"
    )


@lru_cache(maxsize=1 << 12)
def _source_forms(source: str, file_name: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names :func:`_source_pattern` finds a source by: in any case unless asked otherwise,
    and only as written; a ``file_name`` alone only as written, capitalised or in capitals.

    >>> _source_forms("dam", True), _source_forms("BBC News", False)
    (((), ('Dam', 'DAM')), (('BBC News', 'BBC'), ()))
    """
    if file_name and not PATH_LABEL_MARKS.intersection(source):
        return (), (source.title(), source.upper())
    return _written_forms(source)


@lru_cache(maxsize=1 << 12)
def _written_forms(source: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names :func:`_source_pattern` finds a source by (but for a file's name alone): its
    own and without its brand (:func:`_unbranded`), found in any case unless asked otherwise;
    and, for a source that may be a file's path, its outlet's folders' names in words,
    capitalised or in capitals, apart or hyphened, found only so.

    >>> _written_forms("papers/valley_courier/flood")
    (('papers/valley_courier/flood',), ('Valley Courier', 'VALLEY COURIER', 'Valley-Courier', 'VALLEY-COURIER'))
    """
    names = (source, *_unbranded(source))
    if " " in source or not PATH_LABEL_MARKS.intersection(source):
        return names, ()
    in_words: list[str] = []
    for folder in _outlet_folders(source):
        words = " ".join(_folder_words(folder))
        hyphened = words.replace(" ", "-")
        in_words += [words.title(), words.upper(), hyphened.title(), hyphened.upper()]
    return names, tuple(in_words)


def _unbranded(source: str) -> tuple[str, ...]:
    """A source's name without the words of a section, edition or brand it ends with
    (``section_words``, ``outlet_words``), as a copy calls the outlet: "BBC" of "BBC News",
    "Sky" of "Sky Sports News", "Al Jazeera" of "Al Jazeera English"; none when only function
    words and a newspaper's words are left, which name no one outlet ("Daily" of "Daily News").

    >>> _unbranded("BBC News"), _unbranded("The Daily News"), _unbranded("Fox")
    (('BBC',), (), ())
    """
    terms = lexicon()
    brand = terms.section_words | terms.outlet_words
    name = source.split()
    while name and name[-1].casefold() in brand:
        name.pop()
    plain = terms.function_words | terms.masthead_words
    telling = any(word.casefold() not in plain for word in name)
    return (" ".join(name),) if telling and name != source.split() else ()


def _cited_as_a_source(found: re.Match[str]) -> bool:
    """Whether a name in a story's text is cited as a source: after a word that cites one
    (``source_cues``, perhaps with a description in lower case between: "told Sky", "according
    to the BBC", "reported by CBS", "según la agencia Harborline"), in brackets ("(Al
    Jazeera)"), or before an outlet's verb (``outlet_verbs``), after the capitalised words that
    go on with it or its newsroom's role too: "CBS reported", "Fox News Digital reported", "CNA's
    correspondent reported". A name mentioned so credits; one mentioned otherwise is news: "The
    Ledger Line declined to comment", "a Ledger Line spokesperson said", "Google said" (the
    company speaking, as "Sky said" may be the broadcaster, not the newsroom cited).

    >>> found = re.search("Sky", "The levee held, Sky reported.")
    >>> _cited_as_a_source(found), _cited_as_a_source(re.search("Google", "Google said so."))
    (True, False)
    """
    text, start, end = found.string, found.start(), found.end()
    return bool(
        _cue_before().search(" ".join(_words_before(text, start)))
        or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
        or any(lexicon().outlet_verbs.match(text, at) for at in _ends_of_name(text, end))
    )


def _ends_of_name(text: str, end: int) -> tuple[int, ...]:
    """Where a name that ends at ``end`` may end, as an outlet's verb may follow it: there,
    after the capitalised words that go on with it ("Fox News Digital"), and after a role of
    its newsroom's, perhaps its possessive's ("CNA's correspondent")."""
    role = NEWSROOM_ROLE.match(text, end)
    return (
        end,
        next(FOLLOWING_NAMES.finditer(text, end)).end(),
        *((role.end(),) if role and lexicon().is_role(role["role"]) else ()),
    )


@cache
def _cue_before() -> re.Pattern[str]:
    """The words that cite a source (``source_cues``) ending the words before a name, perhaps
    with a few words of description in lower case after them: "told", "according to the",
    "según la agencia"."""
    described = rf"(?-i:\s+[^\W\d_A-Z][\w'\u2019-]*){{0,{CREDIT_REACH}}}"
    return re.compile(rf"(?:{lexicon().source_cues.pattern}){described}$", re.IGNORECASE)


def _credits_by_name(user: Sourced, found: re.Match[str]) -> bool:
    """Whether a name ``found`` in ``user``'s text credits whom it names: cited as a source
    (:func:`_cited_as_a_source`: "according to Meridian", "KUNA reported"), in one of its
    credit lines or as a sign-off (:func:`_in_a_credit_line`), or as a site's address, which
    links to it ("More at bbc.co.uk/news"); a mention that cites no one ("Reuters could not verify the footage", "Harborline has learned that
    ...") is news, no credit."""
    text = found.string
    return (
        _cited_as_a_source(found)
        or IN_AN_ADDRESS.match(text, found.end()) is not None
        or _in_a_credit_line(user, found)
    )


def _in_a_credit_line(user: Sourced, found: re.Match[str]) -> bool:
    """Whether a name ``found`` in ``user``'s text stands in one of its credit lines
    ("Coastline Wire contributed to this report."), or signs it off: a line of the name alone,
    perhaps after a dash, "with" or "via", or in brackets ("(Harborline)", "— with MPA")."""
    text = found.string
    sentence = _sentence_at(user, found.start())
    rest = (
        text[sentence.start : found.start()] + text[found.end() : sentence.end] if sentence else ""
    )
    return sentence is not None and (
        sentence.text in user.credit_lines
        or rest.strip(SIGN_OFF_MARKS).casefold() in {"", *lexicon().name_credit_leads}
    )


def _outlet_folders(label: str) -> tuple[str, ...]:
    """The folders that may hold an outlet's files in a source that is a file's path below the
    folder given: those whose names may be an outlet's, nearest the file first, as a crawl may
    keep its outlets in a folder of its own, one a day or one a year, and an outlet its sections
    ("fox" of "fox/sestak", "papers/fox/sestak", "2024-05-14/fox/sestak", "fox/2010/sestak"
    and "fox/politics/sestak"); a source with no such folder is its own name.

    >>> _outlet_folders("papers/valley_courier/sestak"), _outlet_folders("Meridian Press Agency")
    (('valley_courier',), ('Meridian Press Agency',))
    """
    *folders, _ = label.split("/")
    named = tuple(folder for folder in reversed(folders) if _may_name_an_outlet(folder))
    return named or (label.split("/")[0],)


def _may_name_an_outlet(folder: str) -> bool:
    """Whether a folder's name may be an outlet's: it has letters, and words other than a
    section's or a crawl's own ("politics", "papers", "en")."""
    terms = lexicon()
    generic = terms.section_words | terms.generic_folders
    return any(map(str.isalpha, folder)) and not generic.issuperset(_folder_words(folder))


@cache
def _folder_words(folder: str) -> tuple[str, ...]:
    """A folder's name as its words, case-folded, however they are joined: "la_times",
    "associated-press", "Meridian Press"."""
    return tuple(re.split(r"[\s_-]+", folder.casefold()))


def _outlet_named(folder: str) -> str | None:
    """The news outlet a folder is named for: a wire service by its name ("reuters", "ap"), one
    its name says is an agency ("meridian_wire"), or a paper whose name ends as a newspaper's
    does ("york_gazette"; ``newspaper_words``); ``None`` for a story's folder ("strike").

    >>> _outlet_named("associated-press"), _outlet_named("york_gazette"), _outlet_named("strike")
    ('AP', 'york gazette', None)
    >>> _outlet_named("local_news"), _outlet_named("times")
    (None, None)
    """
    terms = lexicon()
    words = _folder_words(folder)
    name = " ".join(words)
    if agency := terms.wire_service_named(name) or (name if terms.is_agency(name) else None):
        return agency
    return name if len(words) > 1 and words[-1] in terms.newspaper_words else None


def _credits_a_wire(user: Sourced, origin: Sourced) -> bool:
    """Whether ``user`` credits the wire service whose text ``origin``'s is (its outlet's, or
    the one it was filed by: "WASHINGTON (AP) -"), by name or as news agencies in general
    ("With wire services"); for a news agency's text of no known wire's, news agencies in
    general alone, as a named wire is another's; for a newspaper's text that credits wire
    services itself, the wire it names, or any when either names news agencies in general: both
    may have taken it from that wire. A line that admits wire copy names no newspaper it took
    from, and AP's text, or the Meridian Press Agency's, credited to Reuters is not disclosed.
    A credit of the agency ``origin``'s dateline names, as the dateline names it, credits its
    text whatever list knows the agency: "据华夏社报道" for "华夏社北京3月14日电" in 华夏通讯社's
    copy, and so does a Traditional "華夏社…電" kept in a Hong Kong paper's; not by the agency
    itself, whose own dateline credits no client that kept it."""
    credits = user.document.credits
    if not credits:
        return False
    named = origin.filed_by
    if (
        named is not None
        and lexicon().agency_name_key(named) in user.credit_keys.credited
        and not _short_for(named, user.document.source)
    ):
        return True
    if origin.wires:
        return UNNAMED_WIRES in credits or not origin.wires.isdisjoint(credits)
    if origin.agency or origin.filed_by is not None:
        return UNNAMED_WIRES in credits
    # Text that the origin itself credits to wire services is theirs as the copy has it:
    # "With wire services" under both copies of an agency's story discloses it.
    own = origin.document.credits
    return bool(own) and (
        UNNAMED_WIRES in credits or UNNAMED_WIRES in own or not set(own).isdisjoint(credits)
    )


def wires_of(outlet: str, filed_by: str | None) -> frozenset[str]:
    """The wire services a document's text is: its ``outlet``'s, and the one it was
    ``filed_by``."""
    terms = lexicon()
    return frozenset(
        wire for name in (outlet, filed_by) if name and (wire := terms.wire_service_named(name))
    )


def _discloses_release(user: Sourced, origin: Sourced, taken: Mapping[int, str]) -> bool:
    """Whether ``user`` says that what it took from ``origin``, a press release, is a release's
    or its issuer's: a credit line that names the issuer ("Materials provided by University of
    Carrow."), or, in its own words, an attribution to a statement or a release ("said in a
    statement", "according to a press release issued by the company", ``[release_attributions]
    phrases``), to the issuer or a body such as it ("the company said", "police said", "said
    Halvorsen"), or the issuer's name, as the story gives it ("Acme Robotics" for "SOURCE Acme
    Robotics, Inc."). Its own words are those of a sentence that is not aligned with one of
    ``origin``'s (see :func:`discloses`) or, in one that is, those the release's text lacks: a
    lede rewritten as "..., the company said in a statement on Monday" discloses the release,
    but not one that keeps the release's "Halvorsen said", nor a pasted appeal that names the
    police ("call Northfield Police on 101")."""
    return next(_release_disclosures(user, origin, taken), None) is not None


def _release_disclosures(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> Iterator[tuple[int, CreditKind]]:
    """Where, and how, ``user`` discloses ``origin``, a press release, as
    :func:`_discloses_release` reads it: each credit line that names the issuer or says its
    text is a release's (but a line of the release's closing blocks pasted,
    :func:`_pasted_from_release`), and each
    attribution or naming of :func:`_release_namings` in ``user``'s own words, by its offset in
    ``user``'s text."""
    issuer = origin.issuer
    for line in (s for s in user.sentences if s.text in user.credit_lines):
        # A credit line that says its text is a release's ("This story was adapted from a news
        # release.") names the release, whether or not it names the issuer.
        kind = (
            CreditKind.RELEASE_NAMED
            if lexicon().release_attribution.search(line.text)
            else CreditKind.CREDIT_LINE
            if issuer and next(company_mentions(issuer, line.text), None)
            else None
        )
        if kind and not _pasted_from_release(line.text, origin):
            yield line.start, kind
    for at in _release_cited(user, origin):
        yield at, CreditKind.RELEASE_NAMED
    for sentence, found, kind in _release_namings(user, origin):
        copied = taken.get(sentence.index, "")
        # An attribution is read in any case ("Police said"), a name as written.
        named = kind is CreditKind.ISSUER_NAMED
        if (found.group() if named else found.group().casefold()) not in (
            copied if named else copied.casefold()
        ):
            yield sentence.start + found.start(), kind


def _release_cited(user: Sourced, origin: Sourced) -> Iterator[int]:
    """Where ``user`` cites ``origin``, a press release, as a reference list or a rendered
    encyclopedia page does: each line that gives its title in quotation marks and names its
    issuer ("Harrowgate Civic Society (1 September 2022). "Restoration of the Old Corn
    Exchange to begin" (press release)."), by the title's offset in ``user``'s text. A copy
    that names the issuer in its own words only names it; one that gives the release's title
    too says which text it used.

    >>> from compare.overlap import Side
    >>> from compare.segment import segment
    >>> def side(id: str, source: str, text: str, **fields: object) -> Side:
    ...     document = Document(id, source, text, **fields)
    ...     return Side.of(document, segment(document), frozenset(), {})
    >>> release = side("r", "Fenmouth Civic Society", "The hall reopens.",
    ...     title="Hall to reopen", press_release=True)
    >>> draft = side("d", "Wiki", 'The hall reopens.\\n1. Fenmouth Civic Society. "Hall to reopen".')
    >>> list(_release_cited(draft, release)), list(_release_cited(side("p", "Post", "The hall reopens."), release))
    ([45], [])
    """
    title, issuer = origin.document.title, origin.issuer
    if not (title and issuer):
        return
    quoted = _quoted_title(title)
    start = 0
    for line in user.document.text.split("\n"):
        found = quoted.search(normalise(line))
        if found and next(company_mentions(issuer, line), None):
            yield start + found.start()
        start += len(line) + 1


@lru_cache(maxsize=1 << 10)
def _quoted_title(title: str) -> re.Pattern[str]:
    """A release's ``title`` in quotation marks, as :func:`_release_cited` looks for it in each
    line: made once a release, as each of its story's articles is read for it."""
    said = r"\s+".join(re.escape(word) for word in normalise(title).split())
    return re.compile(rf"[\"']\s*{said}\W*[\"']", re.IGNORECASE)


def names_release(user: Sourced, origin: Sourced) -> bool:
    """Whether ``user`` attributes its words to ``origin``, a press release, or names its issuer
    anywhere in its text, as :func:`_discloses_release` reads them (its boilerplate aside): in a
    copy that does not disclose the release, only in the release's own sentences ("the Ministry
    of Emergency Situations said", kept from a release that names its issuer in the third
    person)."""
    return next(_release_namings(user, origin), None) is not None


def _release_namings(
    user: Sourced, origin: Sourced
) -> Iterator[tuple[Sentence, re.Match[str], CreditKind]]:
    """Each attribution of ``user``'s sentences, boilerplate aside, to ``origin``, a press
    release, or to its issuer (:func:`_release_attribution`), and each naming of the issuer,
    with its sentence and what it is: the statement or release named, the issuer cited as the
    speaker, or the issuer named. Not a line ``user`` reprints from the release's own
    boilerplate (an aggregator's pasted "About Halvorsen Biotech"): the release's words name
    its issuer, not the copy's."""
    issuer = origin.issuer
    attribution = _release_attribution(issuer)
    reprinted = frozenset(origin.credit_lines)
    for sentence in user.sentences:
        if sentence.index in user.boilerplate or sentence.text in reprinted:
            continue
        for found in attribution.finditer(sentence.text):
            released = found["release"] is not None
            yield (
                sentence,
                found,
                CreditKind.RELEASE_NAMED if released else CreditKind.ISSUER_SPEAKS,
            )
        for found in company_mentions(issuer, sentence.text) if issuer else ():
            yield sentence, found, CreditKind.ISSUER_NAMED


@lru_cache(maxsize=1 << 10)
def _release_attribution(issuer: str | None) -> re.Pattern[str]:
    """What attributes a story's words to a press release of ``issuer``'s: a phrase of
    ``[release_attributions] phrases`` (the group ``release``), or one of its ``verbs`` with a
    body that speaks for the issuer or the issuer's name before or after it, in any case: "the
    company said", "police said", "said the university", "Halvorsen announced", "ministers have
    announced"; or the issuer's work cited (``cited_works``): "according to research from the
    University of Eastmere". A body speaks
    for it by a word of ``issuer_words``, or of ``issuer_kinds`` of the issuer's kind, as its
    name tells it (``Lexicon.kinds_of_issuer``: "the utility said" for Eastbay Water, not
    "police said", "the partnership said" for Crestline Energy Partners); its name, with or
    without a legal form ("Alder Foods Group plc said"), or its first word, when the rest tells
    no kind ("Halvorsen" of "Halvorsen Biotech"; not the place "Northfield" of Northfield
    Police: "Residents in Northfield said ...").

    >>> said = _release_attribution("Halvorsen Biotech Inc")
    >>> [bool(said.search(text)) for text in ("Halvorsen said on Monday", "the firm announced", "said Tom Reyes")]
    [True, True, False]
    >>> said = _release_attribution("Crestline Energy Partners")
    >>> [bool(said.search(text)) for text in ("the partnership said", "Crestline Energy Partners LP said")]
    [True, True]
    >>> said = _release_attribution("Wexbury Rovers FC")
    >>> [bool(said.search(text)) for text in ("the club said", "Wexbury said", "the company said")]
    [True, False, False]
    >>> said = _release_attribution("Northfield Police")
    >>> [bool(said.search(text)) for text in ("Northfield said", "police said", "the university said")]
    [False, True, False]
    """
    terms = lexicon()
    name = terms.company_name(issuer) if issuer else ""
    kinds = terms.kinds_of_issuer(name)
    first = name.split()[0] if len(name.split()) > 1 and not kinds else ""
    names = [re.escape(n) for n in (name, first) if n and n.casefold() not in terms.function_words]
    legal_form = rf"(?:,? (?:{'|'.join(sorted(terms.company_suffixes))})\b\.?)?"
    bodies = {
        word
        for word in terms.issuer_words | terms.issuer_kinds.keys()
        if not kinds or word in kinds or word not in terms.issuer_kinds
    }
    body = rf"(?:(?:the|a|its|their) )?(?:{'|'.join(sorted(bodies))})"
    subject = "|".join([body, *(name + legal_form for name in names)])
    verbs = "|".join(sorted(terms.issuer_verbs))
    works = "|".join(sorted(terms.cited_works))
    # A word or two may tell what the work is: "according to a huge new study by Calder
    # University".
    cited = (
        rf"according to (?:(?:a|an|the) )?(?:[\w-]+ ){{0,2}}?(?:{works}) (?:from|by) (?:{subject})"
    )
    return re.compile(
        rf"(?P<release>{terms.release_attribution.pattern})"
        rf"|\b(?:{subject})(?: has| have| had)? (?:{verbs})\b|\b(?:{verbs}) (?:{subject})\b"
        rf"|\b{cited}\b",
        re.IGNORECASE,
    )


def _is_file_name(document: Document) -> bool:
    """Whether a document's source is only its file's name, as the reader labels it when
    nothing names the outlet."""
    return document.source_from_path and "/" not in document.source


def _names_source(user: Sourced, origin: Sourced, taken: Mapping[int, str]) -> bool:
    """Whether ``user`` names ``origin``'s source anywhere in its text (its credit lines are
    :func:`_credits`'): by a paper's name whose initials the origin's folder is
    (:func:`_initialled_in`), by a name in full that the folder shortens beside the writer in
    its byline (:func:`_shortened_in`: "By Jane Doe, The Washington Post" for
    ``washingtonpost/``), or by its name, in full or without its brand (:func:`_unbranded`),
    capitalised as the source's is (:func:`_capitalised_as_its_source`) where it stands for the
    outlet (:func:`_stands_for_outlet`) and credits it (:func:`_credits_by_name`: "The Ledger
    Line first reported", not "The Ledger Line declined to comment"); each in its own words
    (``taken``: see :func:`_in_own_words`)."""
    return (
        _initialled_in(user.document.text, origin.document.source)
        or _byline_names(user, origin)
        or next(_source_namings(user, origin, taken), None) is not None
        or next(_short_namings(user, origin, taken), None) is not None
        or next(_journal_namings(user, origin, taken), None) is not None
        or next(_handle_namings(user, origin, taken), None) is not None
    )


def _handle_namings(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> Iterator[re.Match[str]]:
    """Each time ``user``'s text writes, in its own words (``taken``: see
    :func:`_in_own_words`), the handle that ``origin``'s source is the account of: a paper that
    says "denunció la cuenta @PatriotaLibreAR" names where its words came from, "@PatriotaLibreAR
    (X)", as a handle names no one else (retest of acceptance round 39, b7).

    >>> from compare.overlap import Side
    >>> def side(id: str, source: str, text: str) -> Side:
    ...     return Side.of(Document(id, source, text), (), frozenset(), {})
    >>> post = side("p", "@VecinoAlerta (X)", "Nadie habla de esto.")
    >>> paper = side("d", "Diario Ya", "Nadie habla de esto, escribió @vecinoalerta.")
    >>> [m.group() for m in _handle_namings(paper, post, {})]
    ['@vecinoalerta']
    >>> list(_handle_namings(side("d", "Diario Ya", "Escribió @VecinoAlertaBis."), post, {}))
    []
    """
    handle = SOURCE_HANDLE.match(origin.document.source)
    if handle is None:
        return
    written = _handle_written(handle.group())
    yield from (m for m in written.finditer(user.document.text) if _in_own_words(user, m, taken))


# Asked of each pair whose origin is an account: one pattern a handle, not one a pair.
@lru_cache(maxsize=1 << 10)
def _handle_written(handle: str) -> re.Pattern[str]:
    """What finds ``handle`` written in a text, case aside, not inside a longer one."""
    return re.compile(rf"(?<![\w@]){re.escape(handle)}(?!\w)", re.IGNORECASE)


def _journal_namings(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> Iterator[re.Match[str]]:
    """Each naming in ``user``'s own words (``taken``: see :func:`_in_own_words`) of what
    ``origin``, a journal's page (its source names a journal: ``journal_words``), publishes:
    "Here is what the abstract actually says: ...", "the paper found" (``journal_namings``).

    >>> from compare.overlap import Side
    >>> def side(id: str, source: str, text: str) -> Side:
    ...     return Side.of(Document(id, source, text), (), frozenset(), {})
    >>> journal = side("j", "Journal of Adolescent Wellbeing", "Anxiety was 43.1% among users.")
    >>> blog = side("b", "The Tech Sceptic", "Here is what the abstract actually says.")
    >>> [m.group() for m in _journal_namings(blog, journal, {})]
    ['the abstract']
    >>> post = side("p", "Daily Post", "Anxiety was 43.1% among users.")
    >>> list(_journal_namings(blog, post, {}))
    []
    >>> masthead = side("m", "Lincoln Journal Star", "The mill will close in May.")
    >>> copy = side("c", "Valley Post", "Here is what the abstract says. The paper mill closes.")
    >>> list(_journal_namings(copy, masthead, {}))
    []
    >>> [m.group() for m in _journal_namings(side("c", "X", "The paper mill closes."), journal, {})]
    []
    """
    terms = lexicon()
    if origin.released or not terms.journal_words.search(origin.document.source):
        return
    for found in terms.journal_namings.finditer(user.document.text):
        if _in_own_words(user, found, taken):
            yield found


def _source_namings(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> Iterator[re.Match[str]]:
    """Each naming of ``origin``'s source in ``user``'s text, in its own words, as
    :func:`_names_source` reads them; and of its site's outlet by the name its host gives it
    (:func:`_site_namings`: "the Riverton Gazette reported" for rivertongazette.com)."""
    source = origin.document.source
    file_name = _is_file_name(origin.document)
    names, in_words = _source_forms(source, file_name)
    named = (
        _source_pattern(source, file_name=file_name) if _may_name(user, names + in_words) else None
    )
    text = user.document.text
    # An outlet's folder named by one letter ("i/") is, in text, a pronoun or an article.
    found = [
        m
        for m in (named.finditer(text) if named else ())
        if len(m.group()) > 1
        and _capitalised_as_its_source(m, source)
        and _in_own_words(user, m, taken)
    ]
    if file_name:
        # A file's name alone ("dam" of dam.txt) names a story's subject as often as an outlet:
        # at the end of a longer name ("Hollis Creek Dam") it names no outlet.
        found = [m for m in found if not _given_name_before(text, m.start())]
    # A mention cited as no source still makes a person of a name after a title ("President
    # Vicente Fox toured the shelters"), whom "told Fox" later names again.
    titled = [m.start() for m in found if _after_a_title(text, m.start())]
    words = _outlet_words(source)
    yield from (
        m
        for m in found
        if _credits_by_name(user, m)
        and _stands_for_outlet(text, m.start(), m.end(), words, _calls_a_person(text, m, titled))
    )
    host = site_host(origin.document.url)
    yield from (
        m
        for m in _site_namings(text, user.letters, host)
        if _credits_by_name(user, m) and _in_own_words(user, m, taken)
    )
    yield from (m for m in _host_namings(user, host) if _in_own_words(user, m, taken))


def _host_namings(user: Sourced, host: str | None) -> Iterator[re.Match[str]]:
    """Each time ``user``'s text writes out ``host``, the site of the other of its pair, as a
    word of its own (:func:`_written_host`): "Read the full story at harborline.example." names
    the site as a link to it would, wherever it stands; not ``user``'s own site, nor a site where
    many post (``[names] shared_hosts``: "on x.com" names no one's post)."""
    if (
        host is None
        or letters_of(host) not in user.letters
        or host == site_host(user.document.url)
        or host in lexicon().shared_hosts
    ):
        return
    yield from _written_host(host).finditer(user.document.text)


def short_name(source: str) -> str | None:
    """The newspaper's word that ends an outlet's name of several words (``newspaper_words``),
    by which the region it serves calls it ("the Gazette" for the Harwick Valley Gazette);
    ``None`` for a name that ends otherwise or is that word alone.

    >>> short_name("Harwick Valley Gazette"), short_name("Gazette"), short_name("Valley News Hub")
    ('gazette', None, None)
    """
    words = source.casefold().split()
    return words[-1] if len(words) > 1 and words[-1] in lexicon().newspaper_words else None


def namesakes(sources: Iterable[str]) -> frozenset[str]:
    """The short names (:func:`short_name`) that end the names of two or more of ``sources``:
    in a story of the Harwick Valley Gazette and the Tarrow Gazette "the Gazette" is neither.

    >>> sorted(namesakes(["Harwick Valley Gazette", "Tarrow Gazette", "Pennine Herald"]))
    ['gazette']
    """
    names = Counter(short_name(source) for source in {s.casefold() for s in sources})
    return frozenset(name for name, count in names.items() if name and count > 1)


def _short_namings(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> Iterator[re.Match[str]]:
    """Each time ``user`` cites ``origin``'s outlet by its short name (:func:`short_name`),
    capitalised after "the", in its own words (:func:`_credits_by_name`, :func:`_in_own_words`):
    "The Gazette first reported the vote." for the Harwick Valley Gazette, where no other outlet
    of the story ends its name so (``Sourced.namesakes``) and ``user``'s own name does not:
    a reader takes the one Gazette for it. Many papers share the word, so it names none
    elsewhere."""
    name = short_name(origin.document.source)
    if (
        name is None
        or name in user.namesakes
        or short_name(user.document.source) == name
        or name not in user.letters
    ):
        return
    text = user.document.text
    words = _outlet_words(origin.document.source)
    yield from (
        found
        for found in _after_the(name.title()).finditer(text)
        if _stands_for_outlet(text, found.start(), found.end(), words, person=False)
        and _credits_by_name(user, found)
        and _in_own_words(user, found, taken)
    )


@lru_cache(maxsize=1 << 6)
def _after_the(name: str) -> re.Pattern[str]:
    """``name`` as written, a word of its own, after "the" or "The"."""
    return re.compile(rf"(?<=\b[Tt]he ){re.escape(name)}(?![\w-])")


def _byline_names(user: Sourced, origin: Sourced) -> bool:
    """Whether ``user``'s byline names ``origin``'s source beside the writer, in full or by a
    name the source's folder shortens ("By Jane Doe, The Washington Post" for
    ``washingtonpost/``), or as the byline itself ("By Harbor Wire", "By Harbor Wire staff"; not
    "By Fox Butterfield" nor "By Michael Fox"), or its site's outlet so (:func:`_signs_as_site`:
    "By Staff of KTVX 4 News" for ktvx.com)."""
    author = user.document.author
    # Most articles of a wide story give no byline: no pattern of the origin's name is needed.
    if not author:
        return False
    own, other = user.document, origin.document
    return _byline_names_source(
        author,
        (own.source, _is_file_name(own)),
        (other.source, _is_file_name(other)),
        site_host(other.url),
    )


# Every pair of a story asks this of both of its articles, and more than once: a network's
# sites share a few bylines, and their pairs read each one against the same few outlets.
@lru_cache(maxsize=1 << 14)
def _byline_names_source(
    author: str, own: tuple[str, bool], origin: tuple[str, bool], host: str | None
) -> bool:
    """:func:`_byline_names` of a byline (``author``) over an article of ``own`` outlet, and of
    ``origin``'s, each a source and whether it is only a file's name (:func:`_is_file_name`),
    whose site is ``host``."""
    source = origin[0]
    # The reader keeps an outlet named beside a byline's writer: "Jane Doe, The Washington Post";
    # one the writer files with is so named: "Jane Doe with NNS" is "Jane Doe, NNS".
    author = BYLINE_PARTNER.sub(r", \g<partner>", author)
    beside = author.rpartition(",")[2].strip() if "," in author else ""
    if beside and _shortened_in(beside, source):
        return True
    named = _source_pattern(source, file_name=origin[1])
    if beside and any(_capitalised_as_its_source(m, source) for m in named.finditer(beside)):
        return True
    # Or one of its names (a page's metadata may name the agency, the byline it shows the
    # writer), or a short form of it ("By Harborline staff" for the Harborline News Agency); but
    # a byline that is its own outlet's name signs for it ("By Northshire Sport staff"), whatever
    # other outlet's name it shares a word with (Radio Northshire's).
    own_named = own[0] != source and _source_pattern(own[0], file_name=own[1])
    return any(
        (
            _signs_as_named(byline, source, named)
            or _signs_short(byline, source)
            or _signs_as_site(byline, host)
        )
        and not (own_named and _signs_as_named(byline, own[0], own_named))
        for byline in (name.strip().removeprefix("The ") for name in author.split(","))
    )


def _signs_as_named(byline: str, source: str, named: re.Pattern[str]) -> bool:
    """Whether a byline opens with ``source``'s name (``named``, its pattern), capitalised as
    the source writes it, with nothing after it but a desk's words (:func:`_of_a_desk`):
    "Harbor Wire staff" for Harbor Wire."""
    outlet = named.match(byline)
    return (
        outlet is not None
        and _capitalised_as_its_source(outlet, source)
        and all(map(_of_a_desk, byline[outlet.end() :].casefold().split()))
    )


def _signs_as_site(byline: str, host: str | None) -> bool:
    """Whether a byline names a site's outlet by the name its host gives it, in words
    (:func:`_site_namings`), with nothing beside it but a desk's words, function words and a
    channel's number: "Staff of KTVX 4 News" for ktvx.com, "Riverton Gazette staff" for
    rivertongazette.com; not "Jane Riverton" for riverton.example.

    >>> _signs_as_site("Staff of KTVX 4 News", "ktvx.com"), _signs_as_site("Jane Riverton", "riverton.example")
    (True, False)
    """
    plain = _plain_beside_a_site()
    return any(
        all(
            word.isdigit() or word in plain
            for word in f"{byline[: m.start()]} {byline[m.end() :]}".casefold().split()
        )
        for m in _site_namings(byline, letters_of(byline), host)
    )


# A byline is read against the site of every other article of its story: the union of these
# word lists, made each time, took most of that reading.
@cache
def _plain_beside_a_site() -> frozenset[str]:
    """The words a byline may hold beside a site's outlet (:func:`_signs_as_site`): a desk's
    words, function words and the particles of outlets' names."""
    terms = lexicon()
    return terms.desk_words | terms.function_words | terms.outlet_particles


def _signs_short(byline: str, source: str) -> bool:
    """Whether a byline is a short form of ``source``'s name (:func:`_short_for`), capitalised,
    perhaps with a desk's words after it (:func:`_of_a_desk`): "Harborline staff", "HNA" for the
    Harborline News Agency, "BPA Health Correspondent" for the Britannia Press Association;
    not "Jane Harborline".

    >>> _signs_short("Harborline staff", "Harborline News Agency"), _signs_short("Jane Harborline", "Harborline News Agency")
    (True, False)
    >>> _signs_short("BPA Health Correspondent", "Britannia Press Association")
    True
    """
    words = byline.split()
    while words and _of_a_desk(words[-1].casefold()):
        words.pop()
    name = " ".join(words)
    return bool(words) and all(word[:1].isupper() for word in words) and _short_for(name, source)


def _of_a_desk(word: str) -> bool:
    """Whether a case-folded word after an outlet's name in a byline says which of its desks or
    people signs, not whose name it is: "staff", "news" (``desk_words``), a section's ("health")
    or a writer's role ("correspondent", "reporters"): "BPA Health Correspondent" signs for BPA."""
    terms = lexicon()
    return (
        word in terms.desk_words
        or word in terms.section_words
        or word.removesuffix("s") in terms.author_roles
    )


def _calls_a_person(text: str, found: re.Match[str], titled: Sequence[int]) -> bool:
    """Whether a mention of an outlet's name may call a person by it: after a title (at one of
    ``titled``: "President Vicente Fox"), or after such a mention, as the text calls that person
    again ("Fox said"), unless an outlet's verb follows ("..., Fox reported."); a mention before
    the first titled one ("Fox first reported the floods.") names the outlet."""
    if found.start() in titled:
        return True
    if not titled or found.start() < titled[0]:
        return False
    return lexicon().outlet_verbs.match(text, found.end()) is None


def _capitalised_as_its_source(found: re.Match[str], source: str) -> bool:
    """Whether a mention of a source's name is capitalised as the name: each word with a capital
    where the name's has one, but for a particle ("the New York Times" for "The New York
    Times"), or in a web address ("bbc.co.uk"); "the sun rose" does not name The Sun."""
    particles = lexicon().outlet_particles
    # A file's path ("valley_courier/story") is found in other words ("Valley Courier"), always
    # capitalised, so its words and a mention's need not pair up.
    return IN_AN_ADDRESS.match(found.string, found.end()) is not None or all(
        said[:1].isupper() or not name[:1].isupper() or name.casefold() in particles
        for name, said in zip(source.split(), found.group().split(), strict=False)
    )


def _stands_for_outlet(
    text: str, start: int, end: int, words: AbstractSet[str], person: bool
) -> bool:
    """Whether the name found from ``start`` to ``end`` stands for the outlet: alone ("told Fox
    on Monday", "Fox Tuesday"), unless the mention may call a person by it (``person``: see
    :func:`_calls_a_person`); gone on with words of an outlet's name ("Fox News Digital",
    ``words``); or gone on with other capitalised words, which may be the outlet's own full name
    ("Acme Robotics Inc."), but for a place's ("Times Square", "Post Office") or a person's, a
    given name before it or a person called so ("Vicente Fox Quesada"). A false charge of
    undisclosed reuse costs more than a missed one, so "Sun Myung Moon" names an outlet in
    "sun/"."""
    # The pattern matches, if only no word, where it is first tried: at ``end``.
    names = next(FOLLOWING_NAMES.finditer(text, end))["after"]
    after = [word for word in names.split() if word.casefold() not in lexicon().date_words]
    if not after:
        return not person
    if _goes_on_as_named(" ".join(after), words):
        return True
    places = lexicon().place_words
    return not (
        person
        or _given_name_before(text, start)
        or any(word.casefold() in places for word in after)
    )


def _given_name_before(text: str, start: int) -> bool:
    """Whether a capitalised word that is no function word stands just before ``start`` in its
    sentence, as a given name does ("Vicente Fox"); not "The" ("The Acme Robotics plant"), a
    possessive ("Ohio's Acme Robotics"), a word a comma or colon ends ("In Columbus, Acme
    Robotics"), nor a day or month ("On Monday Acme Robotics")."""
    before = _words_before(text, start)
    if not before:
        return False
    word = before[-1]
    folded = word.casefold()
    terms = lexicon()
    return (
        word[:1].isupper()
        and word[-1:].isalnum()
        # A possessive is a place's or owner's, no given name: "Ohio's Acme Robotics".
        and not folded.endswith(POSSESSIVES)
        and folded not in terms.function_words
        and folded not in terms.date_words
    )


def inside_a_longer_name(text: str, start: int) -> bool:
    """Whether a name found at ``start`` is the end of a longer one: a capitalised word that is
    no function word (:func:`_given_name_before`), no news agency's ("Agencia EFE") and no
    byline's opening word ("By Reuters staff") stands just before it. "Britannia Press
    Association" holds the Press Association's name, and is another agency's.

    >>> inside_a_longer_name("Britannia Press Association", 10), inside_a_longer_name("Agencia EFE", 8)
    (True, False)
    >>> inside_a_longer_name("By Reuters staff", 3)
    False
    """
    return (
        _given_name_before(text, start)
        and _words_before(text, start)[-1].casefold() not in lexicon().agency_name_words
        and _words_before(text, start)[-1].casefold() not in BYLINE_OPENERS
    )


def _after_a_title(text: str, start: int) -> bool:
    """Whether the name found at ``start`` follows a person's title in its sentence, perhaps with
    their given names between: "President Vicente Fox", "Mr. Fox", "actress Megan Fox",
    "then-Gov. Fox"; not "the New York Times", nor a name after a sentence that ended with a
    title ("... met the Prime Minister. Reuters reported").

    >>> _after_a_title("Former President Vicente Fox", 25), _after_a_title("the New York Times", 13)
    (True, False)
    """
    for word in reversed(_words_before(text, start)[-MAX_PERSON_WORDS:]):
        if word.rstrip(".").rsplit("-", 1)[-1].casefold() in lexicon().person_titles:
            return True
        if not word[:1].isupper():
            return False
    return False


def _words_before(text: str, start: int) -> list[str]:
    """The words before ``start`` in its sentence and on its line, as far back as a person's title
    may stand: a word that ended the sentence before is no part of a name at ``start``.

    >>> _words_before("Talks with Keir Starmer. Then Reuters", 30)
    ['Then']
    >>> _words_before("Talks with then-Gov. Fox", 21)
    ['Talks', 'with', 'then-Gov.']
    """
    words = text[max(0, start - TITLE_REACH) : start].rsplit("\n", 1)[-1].split()
    ends = [n for n, word in enumerate(words) if _ends_sentence(word)]
    return words[ends[-1] + 1 :] if ends else words


def _ends_sentence(word: str) -> bool:
    """Whether a sentence ends with ``word``: with a stop, perhaps inside closing quotes or
    brackets, that is no abbreviation's ("Starmer.", 'go!"'; not "Mr.", "then-Gov.", "U.S.")."""
    stopped = word.rstrip(CLOSING_MARKS)
    return stopped.endswith(SENTENCE_STOPS) and not ends_with_abbreviation(
        stopped.rsplit("-", 1)[-1]
    )


@lru_cache(maxsize=1 << 12)
def _outlet_words(source: str) -> frozenset[str]:
    """The words an outlet's name may go on with, case-folded: its own names' (:func:`_names_of`)
    and an outlet's section's, desk's or brand's ("Fox News", "Times Radio")."""
    terms = lexicon()
    own = {word for name in _names_of(source) for word in name}
    return frozenset(own) | terms.section_words | terms.outlet_words | terms.outlet_particles


def _keeps_dateline(user: Sourced, origin: Sourced) -> bool:
    """Whether ``user`` opens with the source ``origin``'s dateline names (in either Chinese
    script: "華夏社" for "华夏社"), or a dateline that
    names ``origin``'s source by a short form (:func:`_short_for`): a copy that keeps "CORVALE
    (Meridian) -" credits whoever filed it so, whatever its files are named, and the Meridian
    Press Agency's text whose feed gives its dateline apart. A dateline that names ``user``'s
    own outlet credits no one: the agency's "DELMONT, May 6 (Harborline) -" signs its own story,
    and credits no client that kept it."""
    named = user.dateline_source
    dated = origin.dateline_source
    key = lexicon().agency_name_key
    return (
        named is not None
        and (
            (dated is not None and key(named) == key(dated))
            or _short_for(named, origin.document.source)
        )
        and not _short_for(named, user.document.source)
    )


def _names_as_dated(user: Sourced, origin: Sourced, taken: Mapping[int, str]) -> bool:
    """Whether ``user`` names ``origin`` as its dateline does, by a short form of its source's
    name (:func:`_short_for`: "according to Meridian" for a text of the Meridian Press Agency,
    or of an outlet kept in "meridian_press/", filed "TARROW (Meridian) -"; "KUNA reported" for
    the Kuwait News Agency's "KUWAIT CITY (KUNA) --"), or as a name of its byline ("By Lena
    Ortiz, Meridian"); not "Meridian Road", nor a dateline's "(Updated)", nor a mention that
    cites no one ("Meridian has learned"), nor a name the text took with the origin's sentence
    (``taken``: see :func:`_in_own_words`)."""
    named = origin.dateline_source
    if not named or not _short_for(named, origin.document.source):
        return False
    if named in (name.strip() for name in (user.document.author or "").split(",")):
        return True
    return next(_dated_namings(user, origin, taken), None) is not None


def _dated_namings(
    user: Sourced, origin: Sourced, taken: Mapping[int, str]
) -> Iterator[re.Match[str]]:
    """Each naming of ``origin`` in ``user``'s text as its dateline does, as
    :func:`_names_as_dated` reads them, that credits it (:func:`_credits_by_name`): "according
    to Meridian", "Meridian News reported"; not "Meridian declined to comment"."""
    named = origin.dateline_source
    source = origin.document.source
    if not named or not _short_for(named, source):
        return
    words = {word for name in _names_of(source) for word in name}
    yield from (
        found
        for found in _standing_alone(named).finditer(user.document.text)
        if _goes_on_as_named(found["after"], words)
        and _credits_by_name(user, found)
        and _in_own_words(user, found, taken)
    )


# Asked of each dateline and source twice a pair: a wire story 300 outlets print asks the same
# few names 90,000 times.
@lru_cache(maxsize=1 << 12)
def _short_for(named: str, source: str) -> bool:
    """Whether a dateline's name is a short form of a source's: one of its names
    (:func:`_names_of`) as a whole, or by a word of it that the name's other words make a news
    agency's, a section's or a brand's ("Meridian" of the Meridian Press Agency or of
    "meridian_press/"; not "EFE" of "efe_clients/" or of "Client con_efe"), or by another name
    of the same wire service ("Reuters" of "Thomson Reuters"), or by its initials; or whether a
    source's name is a news agency's first word, as its file may be named ("coastline" for
    "Coastline Wire").

    >>> _short_for("Meridian", "meridian_press/story"), _short_for("EFE", "efe_clients/diario_sur")
    (True, False)
    """
    first, *rest = in_words = _folder_words(named)
    terms = lexicon()
    by_first_word = bool(rest) and terms.is_agency(named)
    wire = terms.wire_service_named(named)
    return any(
        words == in_words
        or _word_of_a_name(named.casefold(), words)
        or (wire is not None and terms.wire_service_named(" ".join(words)) == wire)
        or _abbreviates(named, words)
        or (by_first_word and words == (first,))
        for words in _names_of(source)
    )


def _word_of_a_name(word: str, words: Sequence[str]) -> bool:
    """Whether ``word`` is one of a name's ``words`` and the others are those a news agency's,
    a section's or a brand's name is made of ("meridian" of "meridian press agency"), so that it
    names the same outlet: a folder or source named for an agency's clients ("efe_clients",
    "clients_of_reuters", "Client con_efe") is no agency's."""
    terms = lexicon()
    generic = terms.agency_name_words | terms.section_words | terms.outlet_words
    # Arabic names an agency by the noun its full name makes an adjective of: "مشرق" of
    # "وكالة الأنباء المشرقية".
    stem = name_stem(word)
    stems = [name_stem(one) for one in words]
    return stem in stems and generic.issuperset(
        other for other, its_stem in zip(words, stems, strict=True) if its_stem != stem
    )


@lru_cache(maxsize=1 << 12)
def _names_of(source: str) -> tuple[tuple[str, ...], ...]:
    """The names a source may go by, each as its words, case-folded: its own; or, when it is a
    file's path, its outlet's folders' (:func:`_outlet_folders`) and its file's, since a folder
    may hold one outlet's files or one day's outlets ("meridian_press/story", "outlets/npa")."""
    names = sorted({*_outlet_folders(source), source.rsplit("/", 1)[-1]})
    return tuple(map(_folder_words, names))


def _abbreviates(initials: str, words: Sequence[str]) -> bool:
    """Whether ``initials``, in capitals, stand for the name ``words`` make
    (:meth:`~compare.lexicon.Lexicon.abbreviates`: the first letter of each word in turn, of a
    function word's perhaps none, of a wire's brand glued to "wire" one each).

    >>> _abbreviates("KNA", ("kestrel", "news", "agency")), _abbreviates("PTI", ("press", "trust", "of", "india"))
    (True, True)
    >>> _abbreviates("CNW", ("continental", "newswire")), _abbreviates("TAP", ("tarrow", "press"))
    (True, False)
    >>> _abbreviates("Upi", ("united", "press", "international")), _abbreviates("KN", ("kuwait", "news", "agency"))
    (False, False)
    """
    return len(initials) > 1 and initials.isupper() and lexicon().abbreviates(initials, words)


def _first_letters(letters: str, words: Sequence[str]) -> bool:
    """Whether ``letters``, case-folded, are the first letter or letters of each of ``words`` in
    turn, as a folder's short name is (:func:`_shortened_in`)."""
    # Looser than the initials a credit gives (Lexicon.abbreviates): a folder is named by the
    # first letters of each word, not only one, "wapo/" for The Washington Post, "latimes/" for
    # the Los Angeles Times, and only a credit line's names are tried against it.
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    terms = lexicon()
    # Initials pass over "of" and "the" ("Press Trust of India": PTI).
    if (
        word_length(first) < MIN_TELLING_LETTERS or first in terms.function_words
    ) and _first_letters(letters, rest):
        return True
    # A brand glued to "wire" gives both words an initial ("Continental Newswire": CNW).
    if (unglued := terms.unglued(first)) and _first_letters(letters, (*unglued, *rest)):
        return True
    return any(
        letters[:taken] == first[:taken] and _first_letters(letters[taken:], rest)
        for taken in range(1, min(len(first), len(letters)) + 1)
    )


@lru_cache(maxsize=1 << 12)
def _standing_alone(name: str) -> re.Pattern[str]:
    """A name as a word of its own, not a handle ("@meridian" is a credit's phrase's: see
    :func:`_credit_phrases`), with the capitalised words that follow it (``after``), which may
    make it the start of a longer name ("Meridian Road")."""
    return re.compile(rf"(?<![\w@-]){re.escape(name)}(?![\w-]){NAMES_AFTER}")


def _goes_on_as_named(after: str, words: AbstractSet[str]) -> bool:
    """Whether the capitalised words after a short name go on with ``words`` (the source's own
    name's, or an outlet's: :func:`_outlet_words`) or with the words a news agency's is made of:
    "Meridian Press Agency", "Meridian News", not "Meridian Road"."""
    name_words = lexicon().agency_name_words
    return all(word in words or word in name_words for word in after.casefold().split())


def _names_wire_of(user: Sourced, origin: Sourced, taken: Mapping[int, str]) -> bool:
    """Whether ``user`` credits the wire service whose dateline ``origin`` opens with, by any of
    its names ("according to Reuters" for a text filed "LONDON (Reuters) -"), or another news
    agency by its name in full, as the dateline gives it ("Coastline Wire contributed to this
    report." for "LONDON (Coastline Wire) -"), by a name that credits (:func:`_credits_by_name`)
    in its own words (``taken``: see :func:`_in_own_words`). Not the name of ``user``'s own
    outlet: a wire's story, signed "(Tarn Wire)", credits no client that kept that dateline."""
    if not origin.filed_by or _short_for(origin.filed_by, user.document.source):
        return False
    terms = lexicon()
    wire = terms.wire_service_named(origin.filed_by)
    if wire is None:
        # Initials alone ("MPA") may be another body's: only a full name counts here.
        named = re.finditer(rf"\b{re.escape(origin.filed_by)}\b", user.document.text)
        found = named if len(origin.filed_by.split()) > 1 else iter(())
    else:
        found = (
            name
            for name in terms.wire_names.finditer(user.document.text)
            if terms.wire_service(name.group()) == wire
        )
    return any(_credits_by_name(user, name) and _in_own_words(user, name, taken) for name in found)


@dataclass(frozen=True, slots=True)
class AbsentWire:
    """A wire service the run's articles credit that none of its documents is from: ``outlets``
    (their sources, sorted) run ``articles`` articles that credit it. ``signed_by`` is the
    source of an outlet of the run that is that wire under another name, its web address's site
    ("meridianpress.example" of "Meridian Press": :func:`spells_site_of`), whose own articles
    sign with the wire's name, as a feed that names no source is labelled; ``None`` when the
    wire's text is not among the inputs."""

    wire: str
    outlets: tuple[str, ...]
    articles: int
    signed_by: str | None = None


def spells_site_of(name: str, source: str) -> bool:
    """Whether ``name``, a wire's or outlet's ("Meridian Press"), is written in the letters of
    the site of ``source``, an outlet labelled by its web address's site, whole or without the
    words that make it an agency's ("kestrelnews" of "Kestrel News Agency"): one outlet under
    two names, as a feed whose records name no source is read.

    >>> spells_site_of("Meridian Press", "meridianpress.example"), spells_site_of("AP", "ap.org")
    (True, False)
    >>> spells_site_of("Kestrel News Agency", "kestrelnews.example")
    True
    >>> spells_site_of("Meridian Press", "Meridian Press Agency")
    False
    """
    if "." not in source or " " in source.strip():
        return False
    words = re.findall(r"[^\W_]+", name.casefold())
    agency_words = lexicon().agency_name_words
    spellings = {
        "".join(words[:n])
        for n in range(1, len(words) + 1)
        if all(word in agency_words for word in words[n:])
    }
    return any(site.casefold() in spellings for site in _site_names(source))


def absent_wires(result: Result) -> list[AbsentWire]:
    """The wire services the run's documents credit (``Document.credits``) that none of them is
    from, counted over the crediting articles that a pair with another outlet's article gives a
    direction (one copied the other, by the run), most crediting articles first, then by name.
    Outlets that each ran such a wire's copy share its text and, with the wire not among the
    inputs, seem to copy one another; an article that credits the wire and shares nothing with
    another outlet's is no such case.

    >>> from compare.pipeline import compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal, the negotiators said."
    >>> copy = Document("hp-1", "Harbor Post", text, published="2025-01-02", credits=("Reuters",))
    >>> other = Document("dn-1", "Daily News", text, published="2025-01-03")
    >>> absent_wires(compare_documents([copy, other]))
    [AbsentWire(wire='Reuters', outlets=('Harbor Post',), articles=1, signed_by=None)]
    >>> absent_wires(compare_documents([copy])), absent_wires(compare_documents(
    ...     [copy, other, Document("r-1", "Reuters", text, published="2025-01-01")]))
    ([], [])

    A wire's own feed, labelled by its site as it names no source, is the wire under another
    name (:func:`spells_site_of`): its articles are not counted, and it is named.

    >>> own = Document("r-1", "reuters.example", text, published="2025-01-01", credits=("Reuters",))
    >>> absent_wires(compare_documents([copy, own]))
    [AbsentWire(wire='Reuters', outlets=('Harbor Post',), articles=1, signed_by='reuters.example')]
    """
    directed = {
        doc
        for p in result.all_pairs
        if p.direction is not None and not p.same_source
        for doc in (p.a, p.b)
    }
    terms = lexicon()
    present = {outlet(d) for d in result.documents} | {
        terms.wire_of_outlet(d.source) or d.source for d in result.documents
    }
    sources = sorted({d.source for d in result.documents})
    crediting: dict[str, list[Document]] = {}
    for document in result.documents:
        if document.id not in directed:
            continue
        for wire in dict.fromkeys(filter(None, map(terms.wire_service_named, document.credits))):
            if wire not in present and wire.casefold() not in present:
                crediting.setdefault(wire, []).append(document)
    found_absent = []
    for wire, found in crediting.items():
        signer = next((source for source in sources if spells_site_of(wire, source)), None)
        # The wire's own articles sign with its name: they are its text, not credits of it.
        others = [d for d in found if d.source != signer]
        if others:
            found_absent.append(
                AbsentWire(wire, tuple(sorted({d.source for d in others})), len(others), signer)
            )
    return sorted(found_absent, key=lambda absent: (-absent.articles, absent.wire))


def absent_wires_note(absent: Sequence[AbsentWire]) -> str:
    """What a run tells its reader of the wire services its articles credit that it lacks
    (:func:`absent_wires`).

    >>> absent_wires_note([AbsentWire("Meridian Wire", ("Harbor Post",), 13)])
    '13 articles (Harbor Post) credit Meridian Wire, which is not among the inputs: outlets that each ran its copy share its text and may be said to copy one another; add its stories to the run to trace their text to it'

    A wire whose stories are in the run under its site's name asks for that name, not for its
    stories:

    >>> absent_wires_note([AbsentWire("Meridian Press", ("Harbor Post",), 2, "meridianpress.example")])
    "2 articles (Harbor Post) credit Meridian Press, the name meridianpress.example's own articles sign with: they name no source and are labelled by their web address; give them the source Meridian Press (a record's `source` field, a file's front matter) to read these credits as credits of them"
    """
    missing = [a for a in absent if a.signed_by is None]
    notes = [_unnamed_wire_note(a) for a in absent if a.signed_by is not None]
    if not missing:
        return "; ".join(notes)
    one = len(missing) == 1
    which, its, it = ("which is", "its", "it") if one else ("which are", "their", "them")
    return "; ".join(
        [
            f"{'; '.join(map(_crediting_articles, missing))}, {which} not among the inputs: "
            f"outlets that each ran {its} copy share {its} text and may be said to copy one "
            f"another; add {its} stories to the run to trace their text to {it}",
            *notes,
        ]
    )


def _crediting_articles(absent: AbsentWire) -> str:
    """How many articles of which outlets credit ``absent``'s wire: "13 articles (Harbor
    Post) credit Meridian Wire"."""
    one = absent.articles == 1
    return (
        f"{absent.articles:,} {'article' if one else 'articles'} ({', '.join(absent.outlets)}) "
        f"{'credits' if one else 'credit'} {absent.wire}"
    )


def _unnamed_wire_note(absent: AbsentWire) -> str:
    """What a run tells of a wire that is among its inputs under its site's name alone
    (``AbsentWire.signed_by``): its feed names no source, and the name to give it."""
    return (
        f"{_crediting_articles(absent)}, the name {absent.signed_by}'s own articles sign with: "
        "they name no source and are labelled by their web address; give them the source "
        f"{absent.wire} (a record's `source` field, a file's front matter) to read these "
        "credits as credits of them"
    )
