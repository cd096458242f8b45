"""Recognise boilerplate: lines that articles carry whatever the story, never counted as reuse."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from compare.lexicon import lexicon, phrase_pattern
from compare.records import Document, Sentence

# A credit or promo line is short; a long sentence that starts with "Copyright" is content.
MAX_BOILERPLATE_WORDS = 25
# A contact block's lines are a name, a title, a company, an address: a line longer than this is
# a sentence of the story.
MAX_CONTACT_WORDS = 12
# A release's other headings are a few words: "Cautionary Note Regarding Forward-Looking
# Statements".
MAX_HEADING_WORDS = 6
# A newsletter's footer is short lines, a question, a row of links, an address: the longest,
# Mailchimp's "Our mailing address is:" and a full address, runs to 14 words. A longer sentence is
# the news.
MAX_FOOTER_WORDS = 15
# One line of a footer's may stand alone between an issue's stories ("Forward this to a friend");
# a footer holds more.
MIN_FOOTER_LINES = 2
# A blank line between two sentences ends a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
LINE_BREAK = re.compile(r"\n")


def find_boilerplate(
    documents: Iterable[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> frozenset[tuple[str, int]]:
    """``(document id, sentence index)`` of every boilerplate sentence: credit, copyright and
    newsletter lines (the phrases in ``framing_terms.toml``), a wire's name alone signing off the
    text (:meth:`~compare.lexicon.Lexicon.signs_off_text`), a press release's closing blocks
    (:func:`release_furniture`) and a newsletter's footer (:func:`newsletter_footer`).

    >>> from compare.segment import segment
    >>> doc = Document("d", "d", "Talks began. Reuters contributed to this report.")
    >>> sorted(find_boilerplate([doc], {"d": segment(doc)}))
    [('d', 1)]
    """
    found: set[tuple[str, int]] = set()
    for d in documents:
        lines = {s.index for s in sentences[d.id] if is_boilerplate(s)}
        # Found by the whole text, not by sentence: only the last line, or the one over the
        # copy's end mark or editors' initials, may sign off so.
        if sign_off := lexicon().signs_off_text(d.text):
            at = sign_off.start("wire")
            lines.update(s.index for s in sentences[d.id] if s.start <= at < s.end)
        blocks = release_furniture(d.text, sentences[d.id]) | newsletter_footer(
            d.text, sentences[d.id], lines
        )
        found.update((d.id, index) for index in lines | blocks)
    return frozenset(found)


def is_boilerplate(sentence: Sentence) -> bool:
    """Whether a sentence is boilerplate by its own words (see :func:`find_boilerplate`)."""
    return len(sentence.tokens) <= MAX_BOILERPLATE_WORDS and lexicon().is_boilerplate(sentence.text)


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


def release_furniture(text: str, sentences: Sequence[Sentence]) -> set[int]:
    """The numbers of the sentences of a press release's closing blocks, as a release lays them
    out after its news: a heading on a line of its own and the paragraph under it (the rest of
    the heading's paragraph, or the next one when a blank line follows the heading, as a web
    page's heading is given). Under "About" and a company's name, the company's description,
    which names it ("About Acme Robotics" over "Acme Robotics Inc. designs ..."; a heading and
    paragraph run together, the name said twice, from that line on), by its legal name or in a
    text laid out as a release besides (another closing block, a distributor's dateline, "###");
    under a contact heading ("Media contact:", "Investor Relations"), a few short lines that give
    an e-mail address or a telephone number; under a heading such as "Forward-Looking
    Statements", the statement; and a safe-harbour paragraph by how it opens ("This press
    release contains forward-looking statements ..."). A news paragraph about a company ("About
    200 workers ...") stays news.

    Args:
        text: the document's text, which ``sentences`` point into.

    >>> from compare.segment import segment
    >>> text = "Acme will hire 450 people.\\n\\nAbout Acme\\nAcme makes forklifts.\\n\\nMedia contact:\\nJo Pike\\npress@acme.com"
    >>> sorted(release_furniture(text, segment(Document("d", "d", text))))
    [1, 2, 3, 4, 5]
    """
    terms = lexicon()
    # Most texts have no heading of a release, nor its statement: their paragraphs are never
    # looked for.
    if not any(_may_head_a_block(s) or terms.opens_release_statement(s.text) for s in sentences):
        return set()
    paragraphs = _split_at(PARAGRAPH_BREAK, text, sentences)
    found: set[int] = set()
    # A news story may box an explainer the same way ("About Tarrow" over "Tarrow council
    # said ..."): a description that does not give its company's legal name is a release's only
    # in a text laid out as one besides.
    described: set[int] = set()
    for n, paragraph in enumerate(paragraphs):
        if terms.opens_release_statement(paragraph[0].text):
            found.update(s.index for s in paragraph)
        for k, heading in enumerate(paragraph):
            if not _may_head_a_block(heading):
                continue
            under = paragraph[k + 1 :] or (paragraphs[n + 1] if n + 1 < len(paragraphs) else [])
            name = terms.about_heading(heading.text)
            if name and len(heading.text.split()) > len(name.split()) + 1:
                # The heading runs on into its paragraph: the description starts on its line.
                block = paragraph[k:]
            elif under and _heads(heading.text, name, under):
                block = [heading, *under]
            else:
                continue
            if name and not _gives_legal_name(name, block):
                described.update(s.index for s in block)
            else:
                found.update(s.index for s in block)
    if found or _dated_as_release(text) or any(terms.is_release_end(s.text) for s in sentences):
        found |= described
    return found


def release_issuer(
    text: str, sentences: Sequence[Sentence], boilerplate: AbstractSet[int]
) -> str | None:
    """The company whose press release a text is, as its closing boilerplate names it: under its
    "About" heading (:func:`release_furniture`), or on PR Newswire's "SOURCE" line when the text
    is laid out as a release besides: a closing block of a release's, a distributor's dateline
    ("TARROW, Ohio, May 14, 2024 /PRNewswire/ --") or "###" just before the line. A news story's
    data credit ("SOURCE: National Weather Service") names no issuer.

    Args:
        text: the document's text, which ``sentences`` point into.
        boilerplate: the numbers of the document's boilerplate sentences.

    >>> from compare.segment import segment
    >>> text = "Acme will hire 450 people.\\n\\n###\\n\\nSOURCE Acme Robotics Inc."
    >>> doc = Document("d", "d", text)
    >>> release_issuer(text, segment(doc), {1, 2})
    'Acme Robotics Inc'
    >>> news = text.replace("###", "Rain fell.")
    >>> release_issuer(news, segment(Document("d", "d", news)), {2})
    """
    terms = lexicon()
    closing = [s for s in sentences if s.index in boilerplate]
    if name := next(filter(None, (terms.about_heading(s.text) for s in closing)), None):
        return name
    laid_out = _dated_as_release(text) or any(
        _may_head_a_block(s) or terms.opens_release_statement(s.text) for s in closing
    )
    for s in closing:
        after_end = s.index > 0 and terms.is_release_end(sentences[s.index - 1].text)
        if (laid_out or after_end) and (name := terms.release_source(s.text)):
            return name
    return None


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


def _heads(heading: str, name: str | None, under: Sequence[Sentence]) -> bool:
    """Whether a heading and the paragraph ``under`` it are a release's closing block: a
    company's description under its name, contacts under a contact heading, a statement under
    its heading."""
    terms = lexicon()
    if name:
        return next(company_mentions(name, under[0].text), None) is not None
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
