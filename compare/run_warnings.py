"""What a read could not use, or used otherwise than given, and what a comparison could only
sample or had to take away, said in lines as ``compare run`` prints them on stderr: for a
script, which hears the read through ``compare_paths``'s ``on_read`` and gets the result, as
much as for the command."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from compare.disclosure import absent_wires, absent_wires_note
from compare.lexicon import lexicon
from compare.provenance import cycles_note
from compare.read import (
    DATE_FIELDS,
    SOURCE_FIELDS,
    UNSUPPORTED,
    ReadResult,
    UnzonedTime,
    reason_kind,
    records_file,
)
from compare.records import (
    READ_ONCE,
    VERY_LONG_WORDS,
    DirectionBasis,
    Document,
    Result,
    Skipped,
    SkipReason,
    UnorderedVersions,
    article_address,
    lost,
    very_long,
)
from compare.settings import across_days

# The warning about reports found among the inputs names this many of their folders.
MAX_REPORT_FOLDERS = 3
# The warning about versions of an article in files whose clocks differ names this many files.
MAX_NAMED_FILES = 3
# Files (or a file's records) skipped for one reason get a warning line each up to this many;
# one line counts the rest by reason.
MAX_SKIPPED_LINES = 20
# The line for the files of types compare does not read names this many of their suffixes.
MAX_NAMED_TYPES = 8


def read_warnings(read: ReadResult, listed_in: str = "", quiet: bool = False) -> list[str]:
    """The lines ``compare run`` prints on stderr as soon as reading is done, each opening with
    ``warning:`` (or ``note:``, for the hidden files left out): the inputs skipped and why, the
    ids rewritten to keep them distinct, the ids given at one address under two outlet names,
    the records that name no source, the versions of an article whose order cannot be told, the
    dates not understood, and so on; ``listed_in`` names the reports that list every input
    skipped ("index.md and report.json"), if any. ``quiet`` (``--quiet``) counts the inputs
    skipped in one line by reason, naming none, where they would take more than one line: a
    nightly job's mail held a line per file.

    >>> from compare.records import UnreadDate
    >>> read = ReadResult((), (), unread_dates=(UnreadDate("feed.jsonl:4", "last Tuesday", "feed-4"),))
    >>> read_warnings(read)  # doctest: +NORMALIZE_WHITESPACE
    ['warning: 1 date not understood, such as "last Tuesday" (feed.jsonl:4); it counts as
    undated: write the day published, as 2024-04-03 or April 3, 2024']
    """
    return list(_said(read, listed_in, quiet))


def comparison_warnings(result: Result) -> list[str]:
    """The lines ``compare run`` prints on stderr once the comparison is done, after those of
    :func:`read_warnings`, each opening with ``warning:``: the sentences whose candidate pairs
    were sampled (``result.sampled_sentences``), the pair directions that went round in a
    cycle (``result.cycles``), the pairs left uncompared for their age (``result.apart``) and
    the wire services articles credit that the run lacks
    (:func:`~compare.disclosure.absent_wires`), which the reports say too.

    >>> from compare import Document, compare_documents
    >>> comparison_warnings(compare_documents([Document("w1", "Wire", "Talks ended.")]))
    []
    """
    said = []
    if result.sampled_sentences:
        said.append(_sampled(result))
    if result.cycles:
        said.append(f"warning: {cycles_note(result.cycles)}")
    if result.apart:
        said.append(_apart(result))
    if absent := absent_wires(result):
        said.append(f"warning: {absent_wires_note(absent)}")
    said.extend(_agencies_by_name(result))
    return said


def _agencies_by_name(result: Result) -> Iterator[str]:
    """A note per outlet that directed a pair as a news agency (``news_agency``) though no list
    of wire services knows it: its name alone made it one ("Metro Wire Today"), and a rival site
    so named would be the origin of what it took."""
    sources = {document.id: document.source for document in result.documents}
    ordered = Counter(
        sources[pair.origin]
        for pair in result.pairs
        if pair.direction_basis is DirectionBasis.NEWS_AGENCY
        and pair.origin is not None
        and lexicon().wire_service_named(sources[pair.origin]) is None
    )
    for source, count in sorted(ordered.items()):
        pairs = "1 pair" if count == 1 else f"{count:,} pairs"
        yield (
            f"note: {source} is taken for a news agency by its name alone, which orders {pairs} "
            f"as its copies; if it is not one, list it under `not_agencies` in a --terms file "
            f"(docs/inputs.md)"
        )


def _apart(result: Result) -> str:
    """The line for the pairs that share near copies but were left uncompared because they
    were published too far apart (``result.apart``): how many documents they hold, the first
    pair, and the ``--story-days`` that compares them all. A wiki article written years after
    the news it pastes would otherwise read as sharing text with none of it. A check reports
    only its new articles' stories, and is run again so; a run's wider window would group
    every story so, and a year of one wire formula's reports beside the pasted article joined
    three pairs of its events (retest of acceptance round 36, R1): a run's line leads with a
    check of the later articles."""
    held = {doc for pair in result.apart for doc in (pair.a, pair.b)}
    first = result.apart[0]
    documents = "1 document" if len(held) == 1 else f"{len(held):,} documents"
    pairs = "1 pair" if len(result.apart) == 1 else f"{len(result.apart):,} pairs"
    such = "" if len(result.apart) == 1 else "such as "
    days = f"--story-days {max(pair.days for pair in result.apart)}"
    advice = (
        f"run again with {days}"
        if result.new
        else f"check the later of each pair against the others with `compare check {days}` "
        f"(`compare run {days}` widens every story's window, and may join reports of other "
        f"events that far apart)"
    )
    return (
        f"warning: {documents} in {pairs} ({such}{first.a} and {first.b}) share near copies "
        f"but were published more than "
        f"{across_days(result.settings.story_max_days):,} days apart and were not "
        f"compared; to compare them, {advice}"
    )


def _sampled(result: Result) -> str:
    """The line for the sentences whose candidate pairs were sampled: how many stories hold them
    (the first named), and the ``--max-bucket-size`` that pairs them all, to run again with and
    see whether any story or cluster changes; the index gives
    :func:`~compare.candidates.sampled_note`'s whole account, and report.json the count."""
    sentences, limit = result.sampled_sentences, result.settings.max_bucket_size
    held = set(result.sampled_documents)
    stories = [story for story in result.stories if held.intersection(story.documents)]
    had = "1 sentence" if sentences == 1 else f"{sentences:,} sentences"
    where = (
        f" in {len(stories):,} {'story' if len(stories) == 1 else 'stories'} "
        f'({"" if len(stories) == 1 else "such as "}{stories[0].id}, "{stories[0].title}")'
        if stories
        else ""
    )
    # A limit of the largest bucket cut pairs every sentence: one below the limit given would
    # be no raise (a pass that cut no bucket gives none).
    raised = max(result.largest_sampled_bucket, limit + 1)
    return (
        f"warning: {had}{where} had {'its' if sentences == 1 else 'their'} candidate pairs "
        f"sampled, in LSH buckets of more than {limit:,} sentences, so those stories may miss a "
        f"member, a cluster or an aligned match; to pair them all, with more memory, and see whether any "
        f"changes, run again with --max-bucket-size {raised}"
    )


def _said(read: ReadResult, listed_in: str, quiet: bool) -> Iterator[str]:
    """The lines of :func:`read_warnings`, in the order the command prints them."""
    # The hidden files left out are said in one note below, with the hidden folders, and the
    # teasers of articles read whole in one note of their own: a feed user expects both.
    noted = (SkipReason.HIDDEN, SkipReason.TEASER)
    skipped = [s for s in read.skipped if s.code not in noted]
    said_of_skipped = list(_skipped(skipped, listed_in))
    if quiet and len(said_of_skipped) > 1:
        listed = (
            f"{listed_in} {_verb(listed_in)} every one" if listed_in else "without -q each is named"
        )
        yield f"warning: skipped {_counted([(s.path, s.reason) for s in skipped])} ({listed})"
    else:
        yield from said_of_skipped
    for (file, note), places in _by_file((n.path, n.note) for n in read.notes).items():
        more = len(places) - 1
        others = f" (and {more} more record{'s' if more > 1 else ''} of {file})" if more else ""
        yield f"warning: {places[0]}{others} {note}"
    if left_out := [*read.hidden_files, *read.hidden_folders]:
        # One line: a folder may hold a hidden article (".article.txt") as well as .git.
        counted = [
            f"{count} hidden {kind}{'s' if count > 1 else ''}"
            for count, kind in (
                (len(read.hidden_files), "file"),
                (len(read.hidden_folders), "folder"),
            )
            if count
        ]
        yield (
            f"note: left out {' and '.join(counted)} (names starting with '.'), such as "
            f"{left_out[0]}; name them to read them"
        )
    if teasers := [s.path for s in read.skipped if s.code is SkipReason.TEASER]:
        count = len(teasers)
        yield (
            f"note: left out {count} feed item{'s that only open' if count > 1 else ' that only opens'} "
            f"{'articles' if count > 1 else 'an article'} read whole from another input at "
            f"one address and time, such as {teasers[0]}: the page is the article"
        )
    if pages := read.pages_of_articles:
        # One line: an archive's pages each hold several articles.
        count = len(pages)
        yield (
            f"note: {count} text file{'s hold' if count > 1 else ' holds'} several articles, "
            "each a headline in capitals over a dateline or a paragraph, as a newspaper's page "
            f"does: each article is read apart, {pages[0]}#1, {pages[0]}#2 and so on"
        )
    if pages := read.live_pages:
        # One line: a live event's pages are many, and each outlet's saves of its own.
        count = len(pages)
        yield (
            f"note: {count} web page{'s are live pages' if count > 1 else ' is a live page'}, "
            "entries each with its own time: each entry is read apart, as an article posted "
            f"then ({pages[0]}#<entry>), and an entry repeated by later saves of its page once"
        )
    for later, opener in read.joined_pages:
        yield (
            f"note: {later} is a later page of the article that {opener} opens (their "
            'rel="next" and rel="prev" links): read as one article with it'
        )
    for removed in read.removed_entries:
        posted = f" (posted {removed.posted[11:16]} UTC)" if removed.posted else ""
        yield (
            f"warning: {removed.save} no longer holds the entry {removed.where}{posted} of an "
            "earlier save of its live page: taken down without a note"
        )
    if read.reports:
        # One line, not one a file: an old report folder of a large run holds thousands.
        count = len(read.reports)
        folders = sorted({Path(path).parent.as_posix() for path in read.reports})
        where = ", ".join(folders[:MAX_REPORT_FOLDERS])
        if len(folders) > MAX_REPORT_FOLDERS:
            where += f" and {len(folders) - MAX_REPORT_FOLDERS} more folders"
        yield (
            f"warning: skipped {count} report file{'s' if count > 1 else ''} that compare "
            f"wrote earlier, in {where}: a report is not read as an article"
        )
    for broken in read.broken_front_matter:
        yield (
            f"warning: front matter of {broken.path} is not valid {broken.language}: "
            f"{broken.error}; "
            "only its lines valid alone were read"
        )
    # The label is the id alone, so records giving one id in two files are one outlet's.
    shared = "records of one id in several files are one outlet"
    fields = f"no {', '.join(SOURCE_FIELDS[:-1])} or {SOURCE_FIELDS[-1]} field"
    for unsourced in read.unsourced:
        # One line a file, not a record: a feed of thousands may name no source at all.
        count, label = len(unsourced.labels), unsourced.labels[0]
        by = (
            "the outlet the file's other records at its web address's site name"
            if unsourced.by_site_name
            else "its web address's site"
            if unsourced.by_site
            else "its id"
        )
        labelled = (
            f'each is labelled by {by} as its outlet, such as "{label}"'
            if count > 1
            else f'it is labelled by {by} as its outlet, "{label}"'
        )
        yield (
            f"warning: {count} record{'s' if count > 1 else ''} in {unsourced.path} "
            f"name{'' if count > 1 else 's'} no source ({fields}): {labelled}"
            + ("" if unsourced.by_site else f"; {shared}")
        )
    no_date = f"no {', '.join(DATE_FIELDS[:-1])} or {DATE_FIELDS[-1]} field"
    for undated in read.undated:
        # One line a file: a supplier that renamed its date field dates none of its records.
        count, dated_in = len(undated.places), undated.fields
        yield (
            f"warning: {count} record{'s' if count > 1 else ''} in {undated.path}, every one "
            f"it gives, give{'' if count > 1 else 's'} no date ({no_date}), though "
            f"{'they give' if count > 1 else 'it gives'} days in {', '.join(dated_in)}, "
            f"{'fields' if len(dated_in) > 1 else 'a field'} no date is read from: "
            f"{'each is' if count > 1 else 'it is'} undated, and no date places "
            f"{'them' if count > 1 else 'it'} before another article"
        )
    for lines in read.not_utf8:
        count, example = len(lines.numbers), f"{lines.path}:{lines.numbers[0]}"
        yield (
            f"warning: {count} line{'s' if count > 1 else ''} of {lines.path} "
            f"{'are' if count > 1 else 'is'} not UTF-8 (such as {example}): "
            f"{'they were' if count > 1 else 'it was'} read as {_code_page_name(lines.code_page)}, "
            "the rest of the file as UTF-8"
        )
    # One line each: a merged feed may reuse hundreds of ids, and each renamed row breaks a join.
    # An article's versions that keep its id are what a content system exports, no mistake.
    if reused := [renamed for renamed in read.renamed if renamed.shared and not renamed.versions]:
        given = len({renamed.given for renamed in reused})
        # The earliest record that gives an id keeps it: it is no renamed one.
        records = len(reused) + given
        yield (
            f"warning: {given} id{'s are' if given > 1 else ' is'} given by more than one record "
            f"({records} records); each such record's id but the earliest's gets a key of its "
            f'content added in every output, as "{reused[0].id}"'
        )
    if outlets := _one_page_two_outlets(read.documents):
        example, names = outlets[0]
        shown = " and ".join(f'"{name}"' for name in names)
        yield (
            f"warning: {len(outlets)} id{'s are' if len(outlets) > 1 else ' is'} given at one "
            f'address by records that name its outlet otherwise, such as "{example}" ({shown}): '
            "they are taken for different outlets' articles, not versions of one, so an update "
            "may be listed as a copy; name the outlet alike in each record"
        )
    if taken := [renamed for renamed in read.renamed if not renamed.shared]:
        collide = (
            f"{len(taken)} ids given once are other records' ids with a key or place added, such as"
            if len(taken) > 1
            else "1 id given once is another record's id with a key or place added,"
        )
        yield (
            f'warning: {collide} "{taken[0].given}"; {"each such" if len(taken) > 1 else "its"} '
            f'record\'s id gets its own place added in every output, as "{taken[0].id}"'
        )
    yield from _unordered(read.unordered_versions)
    if read.unread_dates:
        first, count = read.unread_dates[0], len(read.unread_dates)
        yield (
            f"warning: {count} date{'s' if count > 1 else ''} not understood, such as "
            f'"{first.value}" ({first.path}); {"they count" if count > 1 else "it counts"} as '
            "undated: write the day published, as 2024-04-03 or April 3, 2024"
        )
    if read.unzoned_times:
        yield _unzoned(read.unzoned_times)
    if long_ones := [d for d in read.documents if very_long(d.text)]:
        yield _very_long(long_ones)


def _very_long(documents: Sequence[Document]) -> str:
    """The line that names the records longer than any news article (see
    :func:`records.very_long`) and says what the run does with them: a live blog, a transcript
    or a council's minutes is compared whole, at a cost in proportion to its length (about 6 s
    of CPU for 100,000 words: ``python -m benchmarks.long_document``), and its entries are not
    compared one by one.

    >>> print(_very_long([Document("live", "Courier", "Update. " * 30_000, record="feed.jsonl:4")]))
    ... # doctest: +NORMALIZE_WHITESPACE
    warning: 1 record holds more than 20,000 words, far more than a news article, such as
    feed.jsonl:4 (30,000 words): the run compares it whole, as one text (a live blog,
    transcript or book), which adds roughly 10 seconds for each 100,000 words, more on a busy
    machine, and a short article counts as copied from it only where the sentences it shares
    lie in one passage of it; to compare its entries as articles, give each its own record, or
    leave it out
    """
    count, first = len(documents), documents[0]
    return (
        f"warning: {count} record{'s hold' if count > 1 else ' holds'} more than "
        f"{VERY_LONG_WORDS:,} words, far more than a news article, such as "
        f"{first.record or first.path or first.id} ({len(first.text.split()):,} words): the run "
        f"compares {'each' if count > 1 else 'it'} whole, as one text (a live blog, transcript "
        "or book), which adds roughly 10 seconds for each 100,000 words, more on a busy "
        "machine, and a short article counts as copied from it only where the sentences it "
        "shares lie in one passage of it; to compare its entries as articles, give each its "
        "own record, or leave it out"
    )


def _unzoned(times: Sequence[UnzonedTime]) -> str:
    """The line that counts the publication times given without a time zone, set aside: a wall
    clock's time in a zone nobody names may be hours from another outlet's.

    >>> print(_unzoned([UnzonedTime("wire.txt", "14:30, 12 March 2026")]))  # doctest: +NORMALIZE_WHITESPACE
    warning: 1 publication time gives no time zone, such as "14:30, 12 March 2026" (wire.txt):
    a time in a zone nobody names cannot be compared with another outlet's, so only its day
    tells who published first; give the zone, as "14:30 GMT" or 2026-03-12T14:30:00Z, or name
    the zone of every such time with --timezone (+08:00, Asia/Taipei)
    """
    first, count = times[0], len(times)
    return (
        f"warning: {count} publication time{'s give' if count > 1 else ' gives'} no time zone, "
        f'such as "{first.value}" ({first.path}): a time in a zone nobody names cannot be '
        f"compared with another outlet's, so only {'their days tell' if count > 1 else 'its day tells'} "
        'who published first; give the zone, as "14:30 GMT" or 2026-03-12T14:30:00Z, or name '
        "the zone of every such time with --timezone (+08:00, Asia/Taipei)"
    )


def _one_page_two_outlets(documents: Iterable[Document]) -> list[tuple[str, list[str]]]:
    """The ids that records give at one address (``article_address``) under more than one
    source, each with those sources, sorted: two suppliers name one outlet by its site and by
    its name, and versions of one article must name one outlet."""
    sources: dict[tuple[str, str], set[str]] = {}
    for document in documents:
        if document.article_id and document.url:
            key = (document.article_id, article_address(document.url))
            sources.setdefault(key, set()).add(document.source)
    return sorted((given, sorted(names)) for (given, _), names in sources.items() if len(names) > 1)


def _skipped(skipped: Sequence[Skipped], listed_in: str) -> Iterator[str]:
    """A line for each file skipped, up to ``MAX_SKIPPED_LINES``, then one counting the rest by
    reason: an archive's 200 broken files buried its progress under 200 lines. A file's records
    skipped for one reason share a line: a feed may give thousands of headlines alone. Files
    skipped for their type alone (pictures, Thumbs.db, logs) share one line when there are
    several: a messy folder's every run repeated a line for each, and no advice for any, where a
    file that may be an article (empty, too long, a .docx to save as text) keeps its own."""
    # A repeat read once loses nothing: the inputs whose text is lost are named first, so a
    # feed's twenty repeated lines do not take every named line from a broken file.
    skipped = [*lost(skipped), *(s for s in skipped if s.code in READ_ONCE)]
    by_type = [s for s in skipped if _type_not_read(s.reason)]
    if len(by_type) > 1:
        skipped = [s for s in skipped if not _type_not_read(s.reason)]
    lines = list(_by_file((s.path, s.reason) for s in skipped).items())
    for (file, reason), places in lines[:MAX_SKIPPED_LINES]:
        count, example = len(places), places[0]
        what = f"{count} records in {file} (such as {example})" if count > 1 else example
        yield f"warning: skipped {what}: {reason}"
    if len(by_type) > 1:
        yield _types_not_read(by_type, listed_in)
    rest = [
        (place, reason) for (_, reason), places in lines[MAX_SKIPPED_LINES:] for place in places
    ]
    if not rest:
        return
    listed = f" ({listed_in} {_verb(listed_in)} every one)" if listed_in else ""
    yield f"warning: and {_counted(rest, 'more skipped ')}{listed}"


def _counted(skipped: Sequence[tuple[str, str]], what: str = "") -> str:
    """How many inputs (``place``, ``reason``) were skipped, files and records, and how many for
    each kind of reason, most first.

    >>> _counted([("a.txt", "empty file"), ("feed.jsonl:3", "broken JSON line: Expecting value")])
    '2 files and records: 1 empty file; 1 broken JSON line'
    """
    records = sum(records_file(place) is not None for place, _ in skipped)
    counted = [(len(skipped) - records, "file"), (records, "record")]
    kinds = " and ".join(
        kind + ("s" if len(skipped) > 1 else "") for count, kind in counted if count
    )
    reasons = Counter(reason_kind(reason) for _, reason in skipped)
    by_reason = "; ".join(f"{count:,} {kind}" for kind, count in reasons.most_common())
    return f"{len(skipped):,} {what}{kinds}: {by_reason}"


def _verb(listed_in: str) -> str:
    """The verb of reports that list every input skipped: "index.md and report.json list"."""
    return "list" if " and " in listed_in else "lists"


def _type_not_read(reason: str) -> str | None:
    """The suffix of a file skipped for its type alone, with no advice for it; ``None`` for any
    other reason, and for a file with no suffix, which may be an article saved without one.

    >>> _type_not_read("unsupported file type .jpg"), _type_not_read("unsupported file type (none)")
    ('.jpg', None)
    >>> _type_not_read("unsupported file type .docx: save it as plain text (.txt) to compare it")
    """
    suffix = reason.removeprefix(f"{UNSUPPORTED} ")
    return suffix if suffix != reason and suffix.startswith(".") and ": " not in suffix else None


def _types_not_read(skipped: Sequence[Skipped], listed_in: str) -> str:
    """One line for the files skipped for their type alone: how many, their suffixes, the first
    file, and which reports list every one."""
    suffixes = sorted({_type_not_read(s.reason) or "" for s in skipped})
    named = ", ".join(suffixes[:MAX_NAMED_TYPES])
    if (more := len(suffixes) - MAX_NAMED_TYPES) > 0:
        named += f" and {more} more"
    types = "types" if len(suffixes) > 1 else "a type"
    listed = f"; {listed_in} {_verb(listed_in)} every one" if listed_in else ""
    return (
        f"warning: skipped {len(skipped):,} files of {types} compare does not read ({named}), "
        f"such as {skipped[0].path}{listed}"
    )


def _unordered(found: Sequence[UnorderedVersions]) -> Iterator[str]:
    """One line for the articles whose versions were last modified at one time with different
    texts, one for those whose versions' times no clock compares: each names the first."""
    tied = [versions for versions in found if versions.time is not None]
    if tied:
        first = tied[0]
        texts = len(first.ids) - sum(len(ids) - 1 for ids in first.same_text)
        # Versions that give no modification time are as published: their feed may stamp
        # corrections in a field compare does not read, which the reader should be told of.
        when, unread = (
            ("were published at one time", ", and none gives when it was modified")
            if first.unstamped
            else ("were last modified at one time", "")
        )
        yield (
            f"warning: {len(first.ids)} versions of {_article(first)} {when}, {first.time}, "
            f"with {_texts(texts, len(first.ids))} ({', '.join(first.ids)}"
            f"{_same_text(first.same_text)}){unread}: which is current cannot be told"
            f"{_and_more(len(tied) - 1)}"
        )
    if apart := [versions for versions in found if versions.time is None]:
        first = apart[0]
        files = list(first.files[:MAX_NAMED_FILES])
        if more := len(first.files) - len(files):
            files.append(f"{more} more file{'s' if more > 1 else ''}")
        where = f"{', '.join(files[:-1])} and {files[-1]}" if len(files) > 1 else files[0]
        yield (
            f"warning: the {len(first.ids)} versions of {_article(first)} in {where} are not "
            "ordered: a time without a zone is compared only with those its own file writes "
            "without one; give each time its zone (2025-06-12T09:45:00Z, or +01:00), or all "
            f"the versions in one file{_and_more(len(apart) - 1)}"
        )


def _texts(texts: int, versions: int) -> str:
    """How many texts tied versions give, as their warning says it: "different texts" when each
    gives its own, else how many ("2 different texts"), as some repeat another's.

    >>> _texts(3, 3), _texts(2, 3)
    ('different texts', '2 different texts')
    """
    return "different texts" if texts == versions else f"{texts} different texts"


def _same_text(groups: Sequence[Sequence[str]]) -> str:
    """What the warning adds after the ids of tied versions of which some give one text, each
    group named by its ids: an exact duplicate (a feed's line repeated) is no other version.

    >>> _same_text([]), _same_text([["a", "c"]]), _same_text([["a", "c", "e"], ["b", "d"]])
    ('', '; a and c are the same text', '; a, c and e are the same text, as are b and d')
    """
    if not groups:
        return ""
    named = [f"{', '.join(ids[:-1])} and {ids[-1]}" for ids in groups]
    also = "".join(f", as are {ids}" for ids in named[1:])
    return f"; {named[0]} are the same text{also}"


def _article(versions: UnorderedVersions) -> str:
    """An article as a warning names it: its outlet and its address or id."""
    return f"{versions.source}'s article {versions.article}"


def _and_more(count: int) -> str:
    """What a warning that names one article adds for ``count`` more alike."""
    return f" (and {count} more article{'s' if count > 1 else ''} so)" if count else ""


def _by_file(said: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """Places (a file, or a record of one: ``feed.jsonl:3``) by their file and what is said of
    them, in order."""
    together: dict[tuple[str, str], list[str]] = {}
    for place, what in said:
        together.setdefault((records_file(place) or place, what), []).append(place)
    return together


def _code_page_name(codec: str) -> str:
    """A code page as Windows names its own ("Windows-1251" for cp1251), any other as the reader
    does ("koi8-r", "mac-cyrillic").

    >>> _code_page_name("cp1251"), _code_page_name("koi8-r")
    ('Windows-1251', 'koi8-r')
    """
    number = codec.removeprefix("cp")
    return f"Windows-{number}" if number.startswith("125") and number.isdigit() else codec
