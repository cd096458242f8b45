"""Recognise boilerplate: lines that articles carry whatever the story, never counted as reuse."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, pairwise

from compare.lexicon import lexicon, phrase_pattern
from compare.plain_text import CELL_SEPARATOR
from compare.records import ArticleNote, Document, NoteKind, PressRelease, Sentence, site_host
from compare.segment import matching_key, sentence_spans

# A credit or promo line is short; a long sentence that starts with "Copyright" is content.
MAX_BOILERPLATE_WORDS = 25
# A contact block's lines are a name, a title, a company, an address: a line longer than this is
# a sentence of the story.
MAX_CONTACT_WORDS = 12
# A release's other headings are a few words: "Cautionary Note Regarding Forward-Looking
# Statements".
MAX_HEADING_WORDS = 6
# A release's contacts on one line run to a name, an office, a telephone number and an e-mail
# address: "For further information contact Corbel Foods press office: Tom Ashdown, 01632 960
# 233, press@corbelfoods.example" is some 20 words; a longer line is news.
MAX_CONTACT_LINE_WORDS = 30
# A newsletter's footer is short lines, a question, a row of links, an address: the longest,
# Mailchimp's "Our mailing address is:" and a full address, runs to 14 words. A longer sentence is
# the news.
MAX_FOOTER_WORDS = 15
# One line of a footer's may stand alone between an issue's stories ("Forward this to a friend");
# a footer holds more.
MIN_FOOTER_LINES = 2
# A press release's label stands among its first lines: over its headline and date line, or
# under them ("FOR IMMEDIATE RELEASE").
RELEASE_LABEL_LINES = 3
# A blank line between two sentences ends a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
LINE_BREAK = re.compile(r"\n")
# A note on the article is a few sentences ("Correction: An earlier version of this article
# misspelled the name of the man arrested. He is John Smith, not John Smyth."); a longer paragraph
# that opens with a note's label is news run on after it, and only its first sentence the note.
MAX_NOTE_SENTENCES = 5
# A live blog's entries may open as notes do ("Update, 10:32 a.m.: ..."): three or more that hold
# most of a text are its news. An article's notes are a correction and an update or two.
MIN_LIVE_BLOG_ENTRIES = 3
# Two articles that share a run of this many words besides their outlets' own lines tell one
# story, or copy one text, or share a stock line ("The cause of the fire is under
# investigation."): a line naming the outlet that they both print may be news of it (a wire's
# updates each say "a spokesman told Reuters"). Two that share none are of other stories, and
# a line naming each one's outlet that both print is the outlets' own, as a footer is.
MIN_SHARED_RUN = 8
# Initials shorter than this are anyone's ("DS" of the Daily Sentinel); "HPA" is the Harbor
# Press Agency's.
MIN_INITIALS = 3
# Where an outlet's own name stood in its line: lines of two outlets that differ by that alone
# are one stock line.
OUTLET_PLACEHOLDER = "\x00"
# "the Ledger" and "The Ledger's" name the Ledger as "Ledger" does: the article goes with the name.
ARTICLE_BEFORE_PLACEHOLDER = re.compile(
    rf"(?<!\w)(?:the\s+)+(?={OUTLET_PLACEHOLDER})", re.IGNORECASE
)
# A tag that signs a copy off with a name alone, in brackets or after a dash: "(Meridian Wire)",
# "— Harborline". Whose name it is, the run's outlets tell (see :func:`credit_tags`).
CREDIT_TAG = re.compile(
    r"\s*(?:\(\s*(?P<bracketed>[^()]+?)\s*\)|(?:--|[-\u2013\u2014])\s*(?P<dashed>[^()]+?))[\s.]*"
)
# A tag's name that may be an outlet's short name no article of the run goes by: "(MW)" of the
# Meridian Wire, "— HPA". It credits an outlet when copies of two outlets or more sign off with
# it: a sentence of news may end in such a name ("... joined the alliance (NATO)."), but is not
# that name alone, and two outlets do not close their own reports with one.
INITIALS_TAG = re.compile(r"[A-Z]{2,5}")
MIN_INITIALS_TAG_OUTLETS = 2


def find_boilerplate(
    documents: Iterable[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    notes: Mapping[str, Sequence[ArticleNote]],
) -> frozenset[tuple[str, int]]:
    """``(document id, sentence index)`` of every boilerplate sentence: credit, copyright and
    newsletter lines (the phrases in ``framing_terms.toml``), a wire's name alone signing off the
    text (:meth:`~compare.lexicon.Lexicon.signs_off_text`), an outlet's name signing it off
    (:func:`credit_tags`), a press release's closing blocks
    (:func:`release_furniture`), a newsletter's footer (:func:`newsletter_footer`), the notes
    under a copy's end mark (:func:`after_end_mark`) and each document's ``notes`` on the
    article (:func:`find_notes`), whole.

    >>> from compare.segment import segment
    >>> doc = Document("d", "d", "Talks began. Reuters contributed to this report.")
    >>> sorted(find_boilerplate([doc], {"d": segment(doc)}, {"d": ()}))
    [('d', 1)]
    """
    documents = tuple(documents)
    found: set[tuple[str, int]] = set()
    release_lines: set[str] = set()
    for d in documents:
        lines = {s.index for s in sentences[d.id] if is_boilerplate(s)}
        # Found by the whole text, not by sentence: only the last line, or the one over the
        # copy's end mark or editors' initials, may sign off so.
        if sign_off := lexicon().signs_off_text(d.text):
            at = sign_off.start("wire")
            lines.update(s.index for s in sentences[d.id] if s.start <= at < s.end)
        # An end mark alone tells no release, but it does tell the description above it,
        # under its "About" heading, for a release's.
        laid_out = (
            _dated_as_release(d.text)
            or laid_out_as_release(d, sentences[d.id])
            or any(lexicon().is_release_end(s.text) for s in sentences[d.id])
        )
        furniture = release_furniture(d.text, sentences[d.id], laid_out)
        release_lines.update(pasted_furniture(sentences[d.id], furniture))
        blocks = furniture | newsletter_footer(d.text, sentences[d.id], lines)
        found.update((d.id, index) for index in lines | blocks | after_end_mark(sentences[d.id]))
        found.update((d.id, index) for note in notes[d.id] for index in note.sentences)
    # A copy that pastes a release's description or contacts without the heading over them
    # prints the release's furniture all the same: no words of its own, and no news that
    # joins two stories of one issuer. A run without releases keys no sentence for it.
    if release_lines:
        found.update(
            (d.id, s.index)
            for d in documents
            for s in sentences[d.id]
            if matching_key(s.text) in release_lines
        )
    found |= credit_tags(documents, sentences, found)
    return frozenset(found | outlet_lines(documents, sentences, found))


def credit_tags(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    boilerplate: AbstractSet[tuple[str, int]],
) -> set[tuple[str, int]]:
    """``(document id, sentence index)`` of each text's credit tag: its closing sentence,
    ``boilerplate`` under it aside (a footer, a note), when that is the name of one of the run's
    outlets (:func:`outlet_names`) alone, in brackets or after a dash, as a paper signs off the
    copy it took ("... after the announcement. (Meridian Wire)", "— Harborline"). The lexicon's
    wires are known by name wherever they sign off ("(AP)", ``is_boilerplate``); a wire no list
    names is known so, as an outlet of the run; and a short name of capitals alone
    (:data:`INITIALS_TAG`: "(MW)", "— MW"), whoever it names, when it closes copies of two
    outlets or more. A tag is the copy's credit, no sentence of its own: counted as one, it
    would make the first paper to print a wire's text so the source of every later one (a copy
    of a copy is told by a sentence only that copy has).

    >>> from compare.segment import segment
    >>> wire = Document("wire", "Meridian Wire", "Rates rose on Wednesday.")
    >>> copy = Document("copy", "Maple Leader", "Rates rose on Wednesday. (Meridian Wire)")
    >>> sorted(credit_tags([wire, copy], {d.id: segment(d) for d in (wire, copy)}, set()))
    [('copy', 1)]
    """
    names: dict[str, set[OutletNames]] = defaultdict(set)
    for outlet in filter(None, {outlet_names(d.source, site_host(d.url)) for d in documents}):
        for form in outlet.folded:
            names[form].add(outlet)
    found: set[tuple[str, int]] = set()
    # Each short name closing a copy, with the outlets and places of the copies it closes.
    initials: dict[str, list[tuple[str, tuple[str, int]]]] = defaultdict(list)
    for d in documents:
        news = [s for s in sentences[d.id] if (d.id, s.index) not in boilerplate]
        # A text of the name alone signs nothing off: a tag closes news.
        if len(news) < 2 or not (tag := CREDIT_TAG.fullmatch(news[-1].text)):
            continue
        name = re.sub(r"^(?i:the)\s+", "", tag["bracketed"] or tag["dashed"])
        if any(outlet.pattern.fullmatch(name) for outlet in names.get(matching_key(name), ())):
            found.add((d.id, news[-1].index))
        elif INITIALS_TAG.fullmatch(name):
            initials[name].append((d.source, (d.id, news[-1].index)))
    for signed in initials.values():
        if len({source for source, _ in signed}) >= MIN_INITIALS_TAG_OUTLETS:
            found.update(place for _, place in signed)
    return found


def outlet_lines(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    boilerplate: AbstractSet[tuple[str, int]],
) -> set[tuple[str, int]]:
    """``(document id, sentence index)`` of each outlet's own lines: a footer, a plug, its
    "About us" ("The Ledger is an independent, reader-funded newsroom.", "Support local
    journalism by subscribing to the Ledger at ledger.example."). Such a line names the
    article's own outlet (:func:`outlet_names`), and two articles print it, each naming its
    own outlet, that share no run of ``MIN_SHARED_RUN`` words besides such lines and
    ``boilerplate``: one outlet's articles of other stories, or two outlets' whose lines differ
    only by each one's name. A line naming the outlet in one article ("The Ledger first
    reported the closure on Monday."), or in articles of one story or copies of one text (a
    wire's updates that each say "a spokesman told Reuters"), stays news.

    >>> from compare.segment import segment
    >>> footer = "Support local journalism by subscribing to the Ledger."
    >>> texts = ["Crews put out a warehouse fire on Canal Road on Monday night.", "The council approved a new budget for the town library on Tuesday."]
    >>> docs = [Document(f"d{n}", "The Ledger", f"{text} {footer}") for n, text in enumerate(texts)]
    >>> sorted(outlet_lines(docs, {d.id: segment(d) for d in docs}, set()))
    [('d0', 1), ('d1', 1)]
    """
    printed: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for d in documents:
        names = outlet_names(d.source, site_host(d.url))
        for s in sentences[d.id]:
            if names and names.named_in(s) and (d.id, s.index) not in boilerplate:
                printed[names.as_stock(s)].append((d.id, s.index))
    repeated = [lines for lines in printed.values() if len({doc for doc, _ in lines}) > 1]
    named = boilerplate | {line for lines in repeated for line in lines}
    runs: dict[str, frozenset[tuple[str, ...]]] = {}

    def runs_of(doc: str) -> frozenset[tuple[str, ...]]:
        if doc not in runs:
            runs[doc] = frozenset(
                s.tokens[k : k + MIN_SHARED_RUN]
                for s in sentences[doc]
                if (doc, s.index) not in named
                for k in range(len(s.tokens) - MIN_SHARED_RUN + 1)
            )
        return runs[doc]

    found: set[tuple[str, int]] = set()
    for lines in repeated:
        printing = dict.fromkeys(doc for doc, _ in lines)
        if any(runs_of(a).isdisjoint(runs_of(b)) for a, b in combinations(printing, 2)):
            found.update(lines)
    return found


@dataclass(frozen=True, slots=True)
class OutletNames:
    """The names an outlet goes by in its own lines (see :func:`outlet_names`): ``folded``, each
    as a sentence's matching key writes it, and ``pattern``, which finds them in its text."""

    folded: tuple[str, ...]
    pattern: re.Pattern[str]

    def named_in(self, sentence: Sentence) -> bool:
        """Whether a sentence names the outlet. A look in its key passes over most sentences,
        which hold none of the names' letters, before the pattern's search: the 200,000
        sentences of 10,000 articles took 2.2 s searched, 0.8 s so."""
        return any(form in sentence.key for form in self.folded) and bool(
            self.pattern.search(sentence.text)
        )

    def as_stock(self, sentence: Sentence) -> str:
        """A sentence's matching key, the outlet's name and an article before it
        (``OUTLET_PLACEHOLDER``) in its place: another outlet's line that differs only by its
        own name has the same."""
        unnamed = self.pattern.sub(OUTLET_PLACEHOLDER, sentence.text)
        return matching_key(ARTICLE_BEFORE_PLACEHOLDER.sub("", unnamed))


@lru_cache(maxsize=1 << 12)
def outlet_names(source: str, host: str | None = None) -> OutletNames | None:
    """The names of the outlet ``source``, as its own lines write them: its name as written,
    without "the" ("Ledger" of "The Ledger", in "the Ledger" and "Ledger's"), its initials in
    capitals when they are more than two letters ("HPA" of the Harbor Press Agency), or its
    site's ``host`` in any case ("theledger.example/subscribe"). None for a source that is a
    file's path, which names no outlet as a text would.

    >>> names = outlet_names("The Ledger", "theledger.example")
    >>> names.pattern.sub("_", "Read the Ledger at TheLedger.example.")
    'Read the _ at _.'
    >>> outlet_names("Harbor Press Agency").pattern.sub("_", "HPA said; the harbor press agency did not.")
    '_ said; the harbor press agency did not.'
    """
    if "/" in source:
        return None
    name = re.sub(r"^(?i:the)\s+", "", source.strip())
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    as_written = [name]
    if len(initials) >= MIN_INITIALS and len(initials) == len(name.split()):
        as_written.append(initials)
    in_any_case = [host] if host else []
    forms = [*map(re.escape, as_written), *(f"(?i:{re.escape(form)})" for form in in_any_case)]
    return OutletNames(
        tuple(matching_key(form) for form in (*as_written, *in_any_case)),
        re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)"),
    )


def find_notes(
    documents: Iterable[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> dict[str, tuple[ArticleNote, ...]]:
    """Each document's editor's notes on the article, by its id: the one the slugs its headline
    opens with make (:func:`headline_note`), then those of its text (:func:`article_notes`)."""
    return {
        d.id: (*headline_note(d.title), *article_notes(d.text, sentences[d.id])) for d in documents
    }


def headline_note(headline: str | None) -> tuple[ArticleNote, ...]:
    """The note on the article that the slugs a wire's headline opens with make
    (:meth:`~compare.lexicon.Lexicon.headline_slug`): a correction's or an update's, the slugs as
    written, of no sentence of the text; none for a headline without them.

    >>> headline_note("CORRECTED-UPDATE 3-Port Kellen ferry death toll rises to 34")
    (ArticleNote(kind=<NoteKind.CORRECTION: 'correction'>, text='CORRECTED-UPDATE 3', sentences=()),)
    >>> headline_note("URGENT-Ferry capsizes off Port Kellen")
    ()
    """
    found = lexicon().headline_slug(headline) if headline else None
    return (ArticleNote(NoteKind(found[0]), found[1], ()),) if found else ()


def article_notes(text: str, sentences: Sequence[Sentence]) -> tuple[ArticleNote, ...]:
    """The editor's notes on the article a text holds (a correction, a clarification, an update,
    an editor's note), each a sentence that opens with a note's label or opening words, or a
    wire's tag on a write-through, "(Corrects ...)", which is a note alone
    (:meth:`~compare.lexicon.Lexicon.article_note_kind`), and the rest of its paragraph, up to a
    sentence that opens another note: paragraphs are set apart by blank lines, or, in a text
    with none (a feed's or a web page's text), by line breaks. A label alone on its line
    ("Correction:") takes the paragraph under it. A text whose notes would be three or more and
    hold more than half its sentences has none: a live blog's entries may open so ("Update,
    10:32 a.m.: ..."), and they are its news.

    Args:
        text: the document's text, which ``sentences`` point into.

    >>> from compare.segment import segment
    >>> text = "Police named the man on Friday.\\n\\nCorrection: An earlier version misspelled his name. He is John Smith.\\n\\nThe inquiry goes on."
    >>> [(note.kind.value, note.sentences) for note in article_notes(text, segment(Document("d", "d", text)))]
    [('correction', (1, 2))]
    """
    terms = lexicon()
    kinds = {s.index: kind for s in sentences if (kind := terms.article_note_kind(s.text))}
    # Most texts have no note: their paragraphs are never looked for.
    if not kinds:
        return ()
    breaks = PARAGRAPH_BREAK if PARAGRAPH_BREAK.search(text) else LINE_BREAK
    paragraphs = _split_at(breaks, text, sentences)
    notes: list[ArticleNote] = []
    taken = -1
    for n, paragraph in enumerate(paragraphs):
        opening = [k for k, s in enumerate(paragraph) if s.index in kinds and s.index > taken]
        for k, end in pairwise([*opening, len(paragraph)]):
            block = paragraph[k:end]
            if len(paragraph) == 1 and _label_alone(block[0]) and n + 1 < len(paragraphs):
                block = [*block, *paragraphs[n + 1]]
            # A wire's tag on a write-through closes in its brackets: what follows is news.
            if len(block) > MAX_NOTE_SENTENCES or terms.write_through_tag_kind(block[0].text):
                block = block[:1]
            taken = block[-1].index
            notes.append(
                ArticleNote(
                    NoteKind(kinds[block[0].index]),
                    text[block[0].start : block[-1].end],
                    tuple(s.index for s in block),
                )
            )
    noted = sum(len(note.sentences) for note in notes)
    if len(notes) >= MIN_LIVE_BLOG_ENTRIES and 2 * noted > len(sentences):
        return ()
    return tuple(notes)


def _label_alone(sentence: Sentence) -> bool:
    """Whether a note's sentence is its label alone, as a page may set it over the note
    ("Correction:")."""
    return len(sentence.tokens) <= MAX_HEADING_WORDS and sentence.text.rstrip(" *_").endswith(":")


def is_boilerplate(sentence: Sentence) -> bool:
    """Whether a sentence is boilerplate by its own words (see :func:`find_boilerplate`)."""
    return len(sentence.tokens) <= MAX_BOILERPLATE_WORDS and lexicon().is_boilerplate(sentence.text)


def paywall_notice(text: str) -> str | None:
    """The paywall's notice a text ends with, where a saved page cut its article short ("This
    article is for subscribers only."): among the boilerplate sentences after its last other
    sentence ("Subscribe now ...", "Already a subscriber?", "Log in"), the first that is one
    (see :meth:`~compare.lexicon.Lexicon.is_paywall_notice`); ``None`` for a text that runs on
    after any such notice, as an article quoting one does.

    >>> paywall_notice("Fire hit the docks.\\nThis article is for subscribers only.\\nLog in")
    'This article is for subscribers only.'
    >>> paywall_notice("This article is for subscribers only.\\nFire hit the docks.") is None
    True
    """
    notice = None
    # From the end, a paragraph at a time: the text before its closing lines is never split.
    for paragraph in reversed(text.rstrip().split("\n")):
        for start, end in reversed(list(sentence_spans(paragraph))):
            sentence = paragraph[start:end]
            if len(sentence.split()) > MAX_BOILERPLATE_WORDS or not lexicon().is_boilerplate(
                sentence
            ):
                return notice
            if lexicon().is_paywall_notice(sentence):
                notice = sentence
    return notice


def pasted_furniture(sentences: Sequence[Sentence], furniture: AbstractSet[int]) -> set[str]:
    """The matching keys of the lines of a release's closing blocks that a copy may paste
    without their heading: its description, its contacts and notes; not its headings and
    statements, which tell a text laid out as a release (see :func:`press_release`), nor the
    rows of its tables, which give again the figures of its news.

    >>> from compare.segment import segment
    >>> text = "Acme will hire 450 people.\\n\\nAbout Acme\\nAcme Ltd makes forklifts in three plants in Leeds and Hull."
    >>> sorted(pasted_furniture(segment(Document("d", "d", text)), {1, 2}))
    ['acme ltd makes forklifts in three plants in leeds and hull.']
    """
    terms = lexicon()
    return {
        matching_key(s.text)
        for s in sentences
        if s.index in furniture
        and len(s.tokens) > MAX_HEADING_WORDS
        and CELL_SEPARATOR not in s.text
        and not terms.opens_release_statement(s.text)
        and terms.about_heading(s.text) is None
    }


def after_end_mark(sentences: Sequence[Sentence]) -> set[int]:
    """The numbers of the short lines under a copy's last end mark ("###", "-30-", "ENDS") to the
    text's end: a newsroom's notes to its desk ("EDITOR NOTES:", "Audio: Bell interview cut
    0:42"), a release's contacts, no sentence of the story, which ended with the mark. A long
    sentence under it (a release's "About" paragraph, :func:`release_furniture`'s) leaves them
    to be read as the text's other lines are.

    >>> from compare.segment import segment
    >>> text = "Crews put out the fire.\\n###\\nEDITOR NOTES:\\nAudio: chief interview, 0:42"
    >>> sorted(after_end_mark(segment(Document("d", "d", text))))
    [2, 3]
    """
    terms = lexicon()
    under_mark: set[int] = set()
    for s in reversed(sentences):
        if terms.ends_copy(s.text):
            return under_mark
        if len(s.tokens) > MAX_FOOTER_WORDS:
            break
        under_mark.add(s.index)
    return set()


def newsletter_footer(
    text: str, sentences: Sequence[Sentence], boilerplate: AbstractSet[int]
) -> set[int]:
    """The numbers of the sentences of a newsletter's footer, read as a block: under the issue's
    news (a sentence longer than a footer's line), the short lines from one that a footer holds
    in every issue ("You are receiving this email because ...", "Unsubscribe | Manage
    preferences") or from the issue's sign-off ("That's all for this week. Reply to this email
    to tell us what you think.") to the text's end, more than one of them a footer's, a
    sign-off's or a promotion's line. A line of text holding such a line is the footer's whatever
    its other words ("Enjoying Tarrow Weekly? Forward it to a friend."), and so are other
    boilerplate lines, the postal address under "Our mailing address is:" and a postal address
    alone on its line ("548 Market Street PMB 72296, San Francisco, CA 94104"), under the
    footer's first line, or without a postcode between two of the footer's lines ("Coastal
    Herald Media, 12 Harbour Road, Portsmouth"). A short line of news ends the block: an
    article's closing paragraphs under a "Sign up for free." and over its copyright line stay
    news, and so does news under a footer's line that opens the issue or stands alone between
    its stories.

    Args:
        text: the document's text, which ``sentences`` point into.
        boilerplate: the numbers of the sentences that are boilerplate by their own words.

    >>> from compare.segment import segment
    >>> text = "The library will close for eight weeks from Monday while its roof is repaired, officials said.\\nUnsubscribe | Update your preferences\\nEnjoying Harbour Weekly? Subscribe for free."
    >>> sorted(newsletter_footer(text, segment(Document("d", "d", text)), {1, 3}))
    [1, 2, 3]
    """
    terms = lexicon()
    under_news: list[Sentence] = []
    for s in reversed(sentences):
        if len(s.tokens) > MAX_FOOTER_WORDS and s.index not in boilerplate:
            break
        under_news.append(s)
    else:
        # No news above them: the short lines may be the issue's own.
        return set()
    lines = _split_at(LINE_BREAK, text, under_news[::-1])
    address_from = next(
        (n for n, line in enumerate(lines) for s in line if terms.leads_newsletter_address(s.text)),
        len(lines),
    )
    signing_off = {s.index for s in under_news if terms.signs_off_newsletter(s.text)}
    promoting = {s.index for s in under_news if terms.is_promo(s.text)} | signing_off

    def holds_a_footers_line(line: Sequence[Sentence]) -> bool:
        return any(s.index in promoting for s in line) or all(s.index in boilerplate for s in line)

    block: list[Sentence] = []
    for n in reversed(range(len(lines))):
        line = lines[n]
        written = text[line[0].start : line[-1].end]
        if not (
            n > address_from
            or holds_a_footers_line(line)
            or terms.is_postal_address(written)
            # Without a postcode, a street address alone is as often news; between two of the
            # footer's lines it is the sender's.
            or (
                block
                and n > 0
                and holds_a_footers_line(lines[n - 1])
                and terms.is_street_address(written)
            )
        ):
            break
        block[:0] = line
    opening = next(
        (s for s in block if s.index in signing_off or terms.is_newsletter_footer(s.text)), None
    )
    if opening is None:
        return set()
    footer = {s.index for s in block if s.index >= opening.index}
    return footer if len(footer & promoting) >= MIN_FOOTER_LINES else set()


def release_furniture(text: str, sentences: Sequence[Sentence], laid_out: bool = False) -> set[int]:
    """The numbers of the sentences of a press release's closing blocks, as a release lays them
    out after its news: a heading on a line of its own and the paragraph under it (the rest of
    the heading's paragraph, or the next one when a blank line follows the heading, as a web
    page's heading is given). Under "About" and a company's name, the company's description,
    which names it ("About Acme Robotics" over "Acme Robotics Inc. designs ..."; a heading and
    paragraph run together, the name said twice, from that line on), by its legal name or in a
    text laid out as a release besides (another closing block, or ``laid_out``); under a
    contact heading ("Media contact:", "Investor Relations"), a few short lines that give an
    e-mail address or a telephone number; under a heading such as "Forward-Looking Statements"
    or "Notes to editors", the statement or notes; and a safe-harbour paragraph by how it opens
    ("This press release contains forward-looking statements ..."). A news paragraph about a
    company ("About 200 workers ...") stays news. Of a text laid out as a release (by these
    blocks or ``laid_out``), the rows of its tables too ("Revenue | $4,820 | $4,290 | 12.4%"): a
    release's table gives again the figures its text states, and is no sentence a rewrite
    leaves out; its contacts on one short line under a heading's words ("For further
    information contact Corbel Foods press office: Tom Ashdown, 01632 960 233", "Press office:
    ..."), which a news story may close with too ("For more information, contact the library
    on ..."); and the paragraph under its "About" heading whatever it calls the issuer ("About
    Wexbury Rovers FC" over "Wexbury Rovers Football Club was founded ...", or "The club was
    founded ...").

    Args:
        text: the document's text, which ``sentences`` point into.
        laid_out: whether the text is laid out as a release besides: it opens with a
            distributor's dateline, :func:`laid_out_as_release`, or it has a release's end mark.

    >>> from compare.segment import segment
    >>> text = "Acme will hire 450 people.\\n\\nAbout Acme\\nAcme makes forklifts.\\n\\nMedia contact:\\nJo Pike\\npress@acme.com"
    >>> sorted(release_furniture(text, segment(Document("d", "d", text))))
    [1, 2, 3, 4, 5]
    """
    terms = lexicon()
    # Most texts have no heading of a release, nor its statement: their paragraphs are never
    # looked for.
    if not any(
        _may_head_a_block(s) or terms.opens_release_statement(s.text) or _is_contact_line(s)
        for s in sentences
    ):
        return set()
    paragraphs = _split_at(PARAGRAPH_BREAK, text, sentences)
    found: set[int] = set()
    # A news story may box an explainer the same way ("About Tarrow" over "Tarrow council
    # said ..."): a paragraph under "About" that does not give its company's legal name is a
    # release's only in a text laid out as one besides.
    described: set[int] = set()
    for n, paragraph in enumerate(paragraphs):
        if terms.opens_release_statement(paragraph[0].text):
            found.update(s.index for s in paragraph)
        for k, heading in enumerate(paragraph):
            if not _may_head_a_block(heading):
                continue
            under = paragraph[k + 1 :] or (paragraphs[n + 1] if n + 1 < len(paragraphs) else [])
            name = terms.about_heading(heading.text)
            if name and _runs_on(heading.text, name):
                # The heading runs on into its paragraph: the description starts on its line.
                block = paragraph[k:]
            elif under and (name or _heads(heading.text, under)):
                block = [heading, *under]
            else:
                continue
            if name and not _gives_legal_name(name, block):
                described.update(s.index for s in block)
            else:
                found.update(s.index for s in block)
    if found or laid_out:
        found |= described | {
            s.index for s in sentences if CELL_SEPARATOR in s.text or _is_contact_line(s)
        }
    return found


def _is_contact_line(sentence: Sentence) -> bool:
    """Whether a sentence is a release's contacts on one line: a contact heading's words run on
    into a telephone number or an e-mail address, in a few words."""
    terms = lexicon()
    return (
        len(sentence.tokens) <= MAX_CONTACT_LINE_WORDS
        and terms.leads_release_contacts(sentence.text)
        and terms.gives_contact(sentence.text)
    )


def press_release(
    document: Document, sentences: Sequence[Sentence], boilerplate: AbstractSet[int]
) -> PressRelease | None:
    """The press release a document is, if it is one: laid out as one
    (:func:`laid_out_as_release`), or closing with a release's blocks (a company's description
    under its "About" heading, which :func:`release_furniture` took, or a statement under its
    heading), or opening with a distributor's dateline ("TARROW, Ohio, May 14, 2024 /PRNewswire/
    --"), or closing with PR Newswire's "SOURCE" line under a contact block or an end mark. A
    news story's data credit ("SOURCE: National Weather Service") makes it none.

    Its issuer is the one its "About" heading names, else its "SOURCE" line, else its source's
    name without the words that call it a release ("Halvorsen Biotech press release"), else,
    when the text is laid out as a release by more than its dateline (a paper that runs a
    release may keep that), the source it was published by, as a page's site name gives it
    ("Northfield Police"); none when the source is only its file's path.

    Args:
        boilerplate: the numbers of the document's boilerplate sentences, release furniture
            among them.

    >>> from compare.segment import segment
    >>> text = "Acme will hire 450 people.\\n\\n###\\n\\nSOURCE Acme Robotics Inc."
    >>> doc = Document("d", "d", text)
    >>> press_release(doc, segment(doc), {1, 2})
    PressRelease(issuer='Acme Robotics Inc')
    >>> news = Document("d", "d", text.replace("###", "Rain fell."))
    >>> press_release(news, segment(news), {2})
    """
    terms = lexicon()
    closing = [s for s in sentences if s.index in boilerplate]
    about = next(filter(None, (terms.about_heading(s.text) for s in closing)), None)
    laid_out = (
        about is not None
        or laid_out_as_release(document, sentences)
        or any(terms.opens_release_statement(s.text) for s in closing)
        or any(terms.is_release_statement_heading(s.text) for s in closing)
    )
    # A contact block under a heading any text may have ("Contact:") or a dateline a paper may
    # keep tells a release only with the line that names whose it is.
    headed = (
        laid_out
        or _dated_as_release(document.text)
        or any(_may_head_a_block(s) or terms.is_release_end(s.text) for s in closing)
    )
    source_line = next(filter(None, (terms.release_source(s.text) for s in closing)), None)
    if not (laid_out or (headed and source_line) or _dated_as_release(document.text)):
        return None
    named = terms.release_named(document.source)
    if named is None and laid_out and not document.source_from_path:
        named = document.source
    return PressRelease(about or (source_line if headed else None) or named or None)


def laid_out_as_release(document: Document, sentences: Sequence[Sentence]) -> bool:
    """Whether a document is laid out as a press release, by what its file or record says
    (``Document.press_release``: a ``type`` of "press release", a "FOR IMMEDIATE RELEASE" the
    reader took off), its source's name ("Halvorsen Biotech press release", "Northfield Police
    Press Office"), or a line of its own: a release's label among its first lines ("PRESS
    RELEASE"), a release's contact line ("Media contact: ...", "Media enquiries"), the heading of
    its notes to editors under its news ("Notes to editors"; a wire's advisory opens its copy
    with "Note to editors:"), or an end mark ("###", or "-30-" and "ENDS", which end wire copy
    too) with an e-mail address or a telephone number under it. A news story has none of these:
    broadcast and student newsrooms end their own stories with "###" too, so the mark alone
    tells no release.

    >>> from compare.segment import segment
    >>> text = "The council opened a consultation on Monday.\\n\\n-30-\\n\\nJo Pike\\n020 7946 0800"
    >>> laid_out_as_release(Document("d", "d", text), segment(Document("d", "d", text)))
    True
    >>> wire = Document("d", "d", "The council opened a consultation on Monday.\\n\\n-30-")
    >>> laid_out_as_release(wire, segment(wire))
    False
    """
    terms = lexicon()
    if document.press_release or terms.release_named(document.source) is not None:
        return True
    news = ended = False
    for s in sentences:
        if (
            (s.index < RELEASE_LABEL_LINES and terms.is_release_label(s.text))
            or terms.is_release_contact_line(s.text)
            or (news and terms.is_release_notes(s.text))
            or (ended and terms.gives_contact(s.text))
        ):
            return True
        news = news or len(s.tokens) > MAX_CONTACT_WORDS
        ended = ended or terms.ends_copy(s.text)
    return False


def _dated_as_release(text: str) -> bool:
    """Whether a text opens with a distributor's dateline ("TARROW, Ohio, May 14, 2024
    /PRNewswire/ --")."""
    dateline = lexicon().dateline(text)
    return dateline is not None and dateline.released


def _gives_legal_name(name: str, block: Sequence[Sentence]) -> bool:
    """Whether a block names its company with the words of its legal form, as a company's
    description of itself does ("Acme Robotics, Inc. designs ...") and a news story's does not.

    >>> from compare.segment import segment
    >>> said = segment(Document("d", "d", "Acme, Inc. makes forklifts."))
    >>> _gives_legal_name("Acme", said), _gives_legal_name("Acme", said[:0])
    (True, False)
    """
    suffixes = lexicon().company_suffixes
    return any(
        next(iter(s.text[found.end() :].lstrip(", ").split()), "").casefold().rstrip(".,")
        in suffixes
        for s in block
        for found in company_mentions(name, s.text)
    )


def _may_head_a_block(sentence: Sentence) -> bool:
    """Whether a sentence may be a heading of a release's closing block (see
    :func:`release_furniture`)."""
    terms = lexicon()
    return terms.about_heading(sentence.text) is not None or (
        len(sentence.tokens) <= MAX_HEADING_WORDS
        and (
            terms.is_release_contact_heading(sentence.text)
            or terms.is_release_statement_heading(sentence.text)
        )
    )


def _runs_on(heading: str, name: str) -> bool:
    """Whether an "About" heading runs on into its paragraph past the name it gives ("About Acme
    Robotics Acme Robotics, Inc. is ..."; not "About the University of Carrow")."""
    words = heading.split()[1:]
    return len(words) - (words[0] == "the") > len(name.split())


def _heads(heading: str, under: Sequence[Sentence]) -> bool:
    """Whether a heading other than an "About" heading and the paragraph ``under`` it are a
    release's closing block: contacts under a contact heading, a statement under its heading."""
    terms = lexicon()
    if terms.is_release_contact_heading(heading):
        return all(len(s.tokens) <= MAX_CONTACT_WORDS for s in under) and any(
            terms.gives_contact(s.text) for s in under
        )
    return True


def company_mentions(name: str, text: str) -> Iterator[re.Match[str]]:
    """Where ``text`` names a company as :func:`_company_pattern` finds it. Its pattern is made
    only for a text that holds the name's letters: a feed of a thousand releases names a
    thousand companies, and each pattern took 15-20 ms to make (its word boundaries know every
    combining mark), most of them for a text that never names it."""
    written = lexicon().company_name(name)
    held = written.casefold() in text.casefold() if name.isupper() else written in text
    return _company_pattern(name).finditer(text) if held else iter(())


# A company issues many releases, and a run may hold hundreds of its copies: its pattern is made
# once.
@lru_cache(maxsize=1 << 10)
def _company_pattern(name: str) -> re.Pattern[str]:
    """A company's name, as an "About" heading gives it, as its description writes it: without
    its legal form's words, and in any case when the heading is in capitals ("ABOUT ACME
    ROBOTICS")."""
    flags = re.IGNORECASE if name.isupper() else 0
    return phrase_pattern([lexicon().company_name(name)], flags=flags)


def _split_at(
    breaks: re.Pattern[str], text: str, sentences: Sequence[Sentence]
) -> list[list[Sentence]]:
    """The sentences, in paragraphs or lines: a break between two sentences starts another."""
    parts: list[list[Sentence]] = []
    previous: Sentence | None = None
    for s in sentences:
        if previous is None or breaks.search(text, previous.end, s.start):
            parts.append([])
        parts[-1].append(s)
        previous = s
    return parts
