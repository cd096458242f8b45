"""Framing notes for aligned sentences and framing profiles of whole articles."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

import compare.framing
from compare.framing import (
    caveats_in,
    cited_sources,
    claimed_interview,
    framing_notes,
    framing_profile,
    gives_figures,
    kinds_checked_in,
    names_framing_of,
    outlet_credit_hidden,
    placed,
    quotation_verb,
    speakers,
)
from compare.lexicon import WORD_CHARS, phrase_pattern, use_terms
from compare.overlap import Side
from compare.pipeline import compare_documents
from compare.records import AddedTerms, FramingKind, FramingNote, Match, MatchKind, Span
from compare.segment import normalise, segment, words, words_language
from tests.helpers import boilerplate_of, document


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Speaking on Monday, Peskov said Western support placed NATO in confrontation.",
            "Speaking on Monday, Peskov claimed Western support placed NATO in confrontation.",
            [("attribution_verb", "said", "claimed")],
            id="attribution_verb",
        ),
        pytest.param(
            "The minister said the new rail line would open in March.",
            "The minister told reporters the new rail line would open in March.",
            [],
            id="told_lends_the_speaker_what_said_does",
        ),
        pytest.param(
            "The board noted that ticket sales had fallen for a third season.",
            "The board wrote that ticket sales had fallen for a third season.",
            [],
            id="neutral_verbs_swapped",
        ),
        pytest.param(
            "The carmaker said it would shut its plant in Ohio next year.",
            "The carmaker announced it would shut its plant in Ohio next year.",
            [],
            id="announced_makes_a_statement_public",
        ),
        pytest.param(
            "The carmaker said it would shut its plant in Ohio next year.",
            "The carmaker confirmed it would shut its plant in Ohio next year.",
            [("attribution_verb", "said", "confirmed")],
            id="confirmed_lends_more_than_said",
        ),
        pytest.param(
            "The coach stated that the team had not broken any rules.",
            "The coach admitted that the team had broken some rules.",
            [("attribution_verb", "stated", "admitted"), ("negation_removed", "not", "")],
            id="a_neutral_verb_made_an_admission",
        ),
        pytest.param(
            "The mayor said the budget was balanced and told reporters it was fair.",
            "The mayor said the budget was balanced and insisted it was fair.",
            [("attribution_verb", "told", "insisted")],
            id="one_of_two_neutral_verbs_made_loaded",
        ),
        pytest.param(
            "The two brothers told investigators they had taken the van from the depot.",
            "Sources said the two brothers admitted they had taken the van from the depot.",
            [("attribution_verb", "told", "admitted")],
            id="a_neutral_verb_made_an_admission_beside_another_source",
        ),
        pytest.param(
            '"This is who we are," said the union leader.',
            '"This is who we are," claimed the union leader.',
            [("attribution_verb", "said", "claimed")],
            id="a_verb_after_a_quotation_ending_in_are",
        ),
        pytest.param(
            "He claimed the company would appeal the ruling.",
            "He added the company would appeal the ruling.",
            [("attribution_verb", "claimed", "added")],
            id="added_before_its_clause",
        ),
        pytest.param(
            "The extension adds 12 stations to the network, officials said.",
            "The extension brings 12 stations to the network, officials claimed.",
            [("attribution_verb", "said", "claimed")],
            id="a_verb_with_an_object_attributes_nothing",
        ),
        pytest.param(
            "The board declared a quarterly dividend of 30 cents a share, payable on Jan. 10.",
            "The company will pay a quarterly dividend of 30 cents a share on Jan. 10.",
            [],
            id="a_dividend_declared_is_no_statement",
        ),
        pytest.param(
            "The minister declared the talks would resume in March.",
            "The talks would resume in March.",
            [("attribution_removed", "The minister declared", "")],
            id="declared_before_its_clause",
        ),
        pytest.param(
            "Keane added the club rejected the offer on Friday.",
            "The club rejected the offer on Friday.",
            [("attribution_removed", "Keane added", "")],
            id="added_before_a_clause_in_the_past",
        ),
        pytest.param(
            "The chairman added the club plans to appeal.",
            "The club plans to appeal.",
            [("attribution_removed", "The chairman added", "")],
            id="added_before_a_clause_in_the_present",
        ),
        pytest.param(
            "He added two officers died.",
            "Two officers died.",
            [("attribution_removed", "He added", "")],
            id="added_before_a_count_s_clause_that_ends_the_sentence",
        ),
        pytest.param(
            "Two officers died.",
            "The sheriff added two officers died.",
            [("attribution_added", "", "The sheriff added")],
            id="added_put_before_a_count_s_clause",
        ),
        pytest.param(
            "The budget raises taxes by 3.5% and adds 40 police officers, after a hearing that drew a crowd.",
            "The budget raises taxes by 3.5% and adds 40 police officers.",
            [],
            id="a_count_of_a_two_word_noun_added_before_a_comma",
        ),
        pytest.param(
            "The fund adds 60 bus drivers on weekend routes, the transit chief said.",
            "The fund adds 60 bus drivers on weekend routes.",
            [("attribution_removed", "the transit chief said", "")],
            id="a_count_of_a_two_word_noun_added_beside_a_speaker",
        ),
        pytest.param(
            "Ortega added two more goals in the second half.",
            "Ortega scored two more goals in the second half.",
            [],
            id="goals_added_are_no_statement",
        ),
        pytest.param(
            "The rebels are reported to have seized the town.",
            "The rebels seized the town.",
            [("hedge_removed", "are reported to", "")],
            id="is_reported_to_is_a_hedge",
        ),
        pytest.param(
            "No 10 said the talks would resume on Monday.",
            "Downing Street said the talks would resume on Monday.",
            [("number_removed", "10", "")],
            id="the_numero_sign_is_no_negation",
        ),
        pytest.param(
            "Lena Moss hit an unbeaten 87 as Kentmoor chased down 230 with four overs to spare.",
            "Lena Moss hit 87 not out as Kentmoor chased down 230 with four overs to spare.",
            [],
            id="a_score_not_out_is_cricket_s_unbeaten",
        ),
        pytest.param(
            "Moss was given out lbw on 40 after a review.",
            "Moss was given not out lbw on 40 after a review.",
            [("negation_added", "", "not")],
            id="an_umpire_s_not_out_after_no_score_still_negates",
        ),
        pytest.param(
            "Okoro joins Real Bastida for €31.2 million (£26.3m), both clubs said.",
            "Okoro joins Real Bastida for £26m, both clubs said.",
            [("number_rounded", "£26.3m", "£26m")],
            id="a_conversion_in_brackets_kept_and_rounded",
        ),
        pytest.param(
            "Okoro joins Real Bastida for €31.2 million (£26.3m), both clubs said.",
            "Okoro joins Real Bastida for £26.3m, both clubs said.",
            [],
            id="a_conversion_in_brackets_kept_in_place_of_its_figure",
        ),
        pytest.param(
            "Okoro joins Real Bastida for €31.2 million (£26.3m), both clubs said.",
            "Okoro joins Real Bastida for €40m, both clubs said.",
            [("number_changed", "€31.2 million", "€40m")],
            id="a_figure_with_a_conversion_changed",
        ),
        pytest.param(
            "Dara Quill won 6-3 4-6 7-6 (7-4) in the final at Elmbrook on Sunday.",
            "Dara Quill won 6-3, 4-6, 7-6(4) in the final at Elmbrook on Sunday.",
            [],
            id="a_tie_break_told_by_the_loser_s_points",
        ),
        pytest.param(
            "Dara Quill lost 6-7 (10-12) 6-3 in the final at Elmbrook on Sunday.",
            "Dara Quill lost 6-7(10), 6-3 in the final at Elmbrook on Sunday.",
            [],
            id="a_long_tie_break_told_by_the_loser_s_points",
        ),
        pytest.param(
            "Dara Quill won 6-3 4-6 7-6 (7-4) in the final at Elmbrook on Sunday.",
            "Dara Quill won 6-3, 4-6, 7-6(5) in the final at Elmbrook on Sunday.",
            [("number_changed", "7-4", "5")],
            id="a_tie_break_told_short_with_other_points",
        ),
        pytest.param(
            "Hollins joins Brackwell for an undisclosed fee, reported to be around £6m.",
            "Hollins joins Brackwell for a fee of £6m.",
            [
                ("hedge_removed", "reported to be, undisclosed", ""),
                ("estimate_changed", "around", ""),
            ],
            id="a_rumoured_fee_stated_as_known",
        ),
        pytest.param(
            "Hollins joins Brackwell for a fee reported to be £6m.",
            "Hollins joins Brackwell for a fee reportedly worth £6m.",
            [],
            id="reported_to_be_is_reportedly",
        ),
        pytest.param(
            "There was no 24-hour cover at the plant, the firm said.",
            "There was 24-hour cover at the plant, the firm said.",
            [("negation_removed", "no", "")],
            id="no_before_a_number_in_lower_case_negates",
        ),
        pytest.param(
            "Three people died in the fire, police said on Sunday.",
            "Three people died in the fire on Sunday.",
            [("attribution_removed", "police said", "")],
            id="attribution_removed",
        ),
        pytest.param(
            "Cyclists also took on average three fewer sick days a year, the study found.",
            "Cyclists also took on average three fewer sick days a year.",
            [("attribution_removed", "the study found", "")],
            id="a_finding_credited_to_a_study_dropped",
        ),
        pytest.param(
            "The depot was sold for half its value, documents seen by the Ledger show.",
            "The depot was sold for half its value.",
            [("attribution_removed", "documents seen by the Ledger show", "")],
            id="documents_seen_by_an_outlet_dropped",
        ),
        pytest.param(
            "Documents show the depot was sold for half its value.",
            "The depot was sold for half its value.",
            [("attribution_removed", "Documents show", "")],
            id="documents_show_dropped",
        ),
        pytest.param(
            "A council survey found that cyclists took three fewer sick days a year.",
            "Cyclists took three fewer sick days a year.",
            [("attribution_removed", "A council survey found", "")],
            id="a_survey_finding_before_its_claim_dropped",
        ),
        pytest.param(
            "Volunteers who reported the longest commutes slept 40 minutes less on weeknights.",
            "Long-distance commuters slept 40 minutes less on weeknights.",
            [],
            id="a_verb_of_saying_in_a_relative_clause_that_tells_whom_it_speaks_of",
        ),
        pytest.param(
            "The WHO says the outbreak in the port is no longer a public health concern.",
            "The outbreak in the port is no longer a public health concern.",
            [("attribution_removed", "The WHO says", "")],
            id="the_world_health_organization_speaks_as_the_who",
        ),
        pytest.param(
            "The caller who claimed to have found the tape should contact the station.",
            "The caller who said they found the tape should contact the station.",
            [("attribution_verb", "claimed", "said")],
            id="a_verb_of_saying_in_a_relative_clause_that_reports_a_claim",
        ),
        pytest.param(
            "Police believe the fire at the warehouse was set deliberately.",
            "The fire at the warehouse was set deliberately.",
            [("attribution_removed", "Police believe", "")],
            id="a_belief_stated_as_fact",
        ),
        pytest.param(
            "Witnesses said the man planned to crash the plane.",
            "Witnesses believe the man planned to crash the plane.",
            [("attribution_verb", "said", "believe")],
            id="a_statement_made_a_belief",
        ),
        pytest.param(
            "He said he was innocent of all the charges.",
            "He was innocent of all the charges.",
            [("attribution_removed", "He said", "")],
            id="attribution_by_a_pronoun_removed",
        ),
        pytest.param(
            "At least 41 nations have contributed to Ukraine's military efforts.",
            "According to data from Germany's Kiel Institute, at least 41 nations have "
            "contributed to Ukraine's military efforts.",
            [("attribution_added", "", "According to data from Germany's Kiel Institute")],
            id="attribution_added_by_a_phrase",
        ),
        pytest.param(
            "Mason said al-Amoudi was arrested at Dulles airport on Sunday.",
            "Al-Amoudi was arrested at Dulles airport on Sunday, Mason said.",
            [],
            id="attributed_both_ways",
        ),
        pytest.param(
            "Before the meeting, Putin said Russia regards Saudi Arabia as a key Muslim state.",
            "Before the meeting, Putin hailed Saudi Arabia as a key Muslim state.",
            [("loaded_term_added", "", "hailed")],
            id="the_speaker_still_named",
        ),
        pytest.param(
            "Police detained 17 people overnight, a police spokeswoman said.",
            "Police detained 17 people overnight.",
            [("attribution_removed", "a police spokeswoman said", "")],
            id="the_speakers_word_written_by_the_claim_alone",
        ),
        pytest.param(
            "The ministry closed three clinics, a ministry official said on Friday.",
            "The ministry closed three clinics on Friday.",
            [("attribution_removed", "a ministry official said", "")],
            id="the_speakers_body_the_subject_of_the_claim",
        ),
        pytest.param(
            "A man was held after the fight, a police spokesman said.",
            "A man was held after the fight.",
            [("attribution_removed", "a police spokesman said", "")],
            id="an_article_names_no_speaker",
        ),
        pytest.param(
            "The plan will fail, she said.",
            "She thinks the plan will fail.",
            [],
            id="a_pronoun_speaker_still_named",
        ),
        pytest.param(
            "Three people died, he said.",
            "As a teen, he saw three people die.",
            [("attribution_removed", "he said", "")],
            id="a_pronoun_that_is_no_subject_names_no_speaker",
        ),
        pytest.param(
            "The plant will close in May, it said.",
            "It emerged the plant will close in May.",
            [("attribution_removed", "it said", "")],
            id="it_names_no_speaker",
        ),
        pytest.param(
            "He denied taking the money, his lawyer said.",
            "He did not deny taking the money, his lawyer said.",
            [("negation_added", "", "not")],
            id="did_not_deny",
        ),
        pytest.param(
            "Iraqi officials say the attacks are carried out by outsiders.",
            "Iraqi officials insist that the attacks are carried out by outsiders.",
            [("attribution_verb", "say", "insist")],
            id="a_verb_in_its_base_form",
        ),
        pytest.param(
            "Police said they will conduct DNA tests to confirm the man's identity.",
            "DNA tests will be performed to confirm his identity.",
            [("attribution_removed", "Police said", "")],
            id="a_verb_with_an_object_attributes_nothing",
        ),
        pytest.param(
            '"We will not back down," the union leader said.',
            '"We will not back down."',
            [],
            id="a_quotation_is_attributed",
        ),
        pytest.param(
            "Putin suggested that NATO had troops on the ground in Ukraine.",
            "Putin suggested, without evidence, that NATO had troops on the ground in Ukraine.",
            [("hedge_added", "", "without evidence")],
            id="hedge_added",
        ),
        pytest.param(
            "NATO instructors are reportedly training saboteurs for operations against Russia.",
            "NATO instructors are training saboteurs for operations against Russia.",
            [("hedge_removed", "reportedly", "")],
            id="hedge_removed",
        ),
        pytest.param(
            "Los bomberos no descartan que el incendio del almacén fuera intencionado.",
            "Los bomberos sospechan que el incendio del almacén fue intencionado.",
            [("hedge_removed", "no descartan que", "")],
            id="a_possibility_not_ruled_out_told_as_a_suspicion",
        ),
        pytest.param(
            "Fire officers have not ruled out the possibility that the warehouse fire was arson.",
            "Fire officers suspect that the warehouse fire was arson.",
            [("hedge_removed", "not ruled out the possibility", "")],
            id="a_cause_not_ruled_out_told_as_suspected",
        ),
        pytest.param(
            "Los bomberos no descartan que el incendio del almacén fuera intencionado.",
            "Los bomberos descartan que el incendio del almacén fuera intencionado.",
            [("negation_removed", "no descartan que", "")],
            id="a_possibility_not_ruled_out_then_ruled_out",
        ),
        pytest.param(
            "The minister said the government would not rule out mediation in the strike.",
            "The minister said the government would rule out mediation in the strike.",
            [("negation_removed", "not", "")],
            id="a_stance_not_ruled_out_is_no_hedge",
        ),
        pytest.param(
            "Cyclists who commute in winter take fewer sick days, researchers found.",
            "Cyclists who commute in winter take fewer sick days, researchers claimed.",
            [("attribution_verb", "found", "claimed")],
            id="a_finding_told_as_a_claim",
        ),
        pytest.param(
            "The study has found that cyclists who commute in winter take fewer sick days.",
            "The study claimed that cyclists who commute in winter take fewer sick days.",
            [("attribution_verb", "found", "claimed")],
            id="a_studys_finding_told_as_its_claim",
        ),
        pytest.param(
            "Cyclists who commute in winter take fewer sick days, a study by doctors at Lowmoor "
            "Hospital has found.",
            "Cyclists who commute in winter take fewer sick days, experts claim.",
            [("attribution_verb", "found", "claim")],
            id="a_studys_finding_told_as_what_experts_claim",
        ),
        pytest.param(
            "Cyclists who commute in winter take fewer sick days, a study by doctors at Lowmoor "
            "Hospital has found.",
            "Cyclists who commute in winter take fewer sick days.",
            [
                (
                    "attribution_removed",
                    "a study by doctors at Lowmoor Hospital has found",
                    "",
                )
            ],
            id="a_study_credited_with_its_makers_dropped",
        ),
        pytest.param(
            "Cyclists who commute in winter take fewer sick days, experts claim.",
            "Cyclists who commute in winter take fewer sick days, a new study proves.",
            [("attribution_verb", "claim", "proves")],
            id="what_experts_claim_told_as_what_a_study_proves",
        ),
        pytest.param(
            "Cyclists who commute in winter take fewer sick days, a study of 1,200 workers found.",
            "Researchers surveyed 1,200 workers and found that cyclists who commute in winter "
            "take fewer sick days.",
            [],
            id="a_studys_finding_told_as_what_researchers_surveyed_and_found",
        ),
        pytest.param(
            "Researchers surveyed 1,200 workers and found that cyclists who commute in winter "
            "take fewer sick days.",
            "Researchers surveyed 1,200 workers and claimed that cyclists who commute in winter "
            "take fewer sick days.",
            [("attribution_verb", "found", "claimed")],
            id="what_researchers_surveyed_and_found_told_as_their_claim",
        ),
        pytest.param(
            "Cyclists who commute in winter take fewer sick days, the study found.",
            "Cyclists who commute in winter take fewer sick days, experts said.",
            [],
            id="a_studys_finding_told_as_what_experts_said",
        ),
        pytest.param(
            "Commuters who cycle to work may be more likely to report back pain, a council survey "
            "suggests.",
            "Commuters who cycle to work are more likely to report back pain, a council survey "
            "suggests.",
            [("hedge_removed", "may", "")],
            id="a_modal_before_a_comparison_stated_as_fact",
        ),
        pytest.param(
            "Commuters who cycle to work may be less likely to report back pain, a council survey "
            "suggests.",
            "Commuters who cycle to work are more likely to report back pain, a council survey "
            "suggests.",
            [("hedge_removed", "may", ""), ("direction_reversed", "less", "more")],
            id="a_modal_before_a_comparison_stated_as_fact_the_other_way",
        ),
        pytest.param(
            "Commuters who cycle to work may be less likely to report back pain, a council survey "
            "suggests.",
            "Commuters who cycle to work are MORE likely to report back pain, a council survey "
            "suggests.",
            [("hedge_removed", "may", ""), ("direction_reversed", "less", "more")],
            id="a_modal_before_a_comparison_stated_as_fact_the_other_way_in_capitals",
        ),
        pytest.param(
            "Commuters who cycle to work are less likely to report back pain, a council survey "
            "suggests.",
            "Commuters who cycle to work are more likely to report back pain, a council survey "
            "suggests.",
            [("direction_reversed", "less", "more")],
            id="a_comparison_turned_the_other_way",
        ),
        pytest.param(
            "Commuters who cycle to work may be more likely to report back pain, the council's "
            "survey suggests.",
            "Commuters who cycle to work are more likely to suffer from back pain, the council's "
            "survey suggests.",
            [("hedge_removed", "may", "")],
            id="a_modal_before_a_comparison_stated_as_fact_by_another_verb",
        ),
        pytest.param(
            "These claims could not be independently verified by The Epoch Times.",
            "These claims were verified by The Epoch Times.",
            [("hedge_removed", "could not be independently verified", "")],
            id="verification_caveat_removed",
        ),
        pytest.param(
            "Officials said 40 people were hurt.",
            "Officials said 40 people were hurt, though the figure could not be confirmed.",
            [("hedge_added", "", "could not be confirmed")],
            id="confirmation_caveat_added",
        ),
        pytest.param(
            "Kyiv said 40 of its soldiers were killed in the shelling.",
            "Kyiv said 40 of its soldiers were killed in the shelling, but these claims cannot be"
            " verified.",
            [("hedge_added", "", "cannot be verified")],
            id="a_present_tense_verification_caveat_added",
        ),
        pytest.param(
            "The ministry said 12 drones were shot down overnight; the figures have not been"
            " confirmed.",
            "The ministry said 12 drones were shot down overnight.",
            [("hedge_removed", "have not been confirmed", "")],
            id="a_plural_confirmation_caveat_removed",
        ),
        pytest.param(
            "Officials said 40 people were hurt.",
            "Officials said 40 people were hurt; Reuters could not immediately verify the figure.",
            [("hedge_added", "", "could not immediately verify")],
            id="reuters_caveat_added",
        ),
        pytest.param(
            "Officials said 40 people were hurt and did not comment further.",
            "Officials said 40 people were hurt and did not comment, though the figure could not be confirmed.",
            [("hedge_added", "", "could not be confirmed")],
            id="a_caveat_beside_a_negation",
        ),
        pytest.param(
            "Health officials said there was no evidence that patients had been harmed.",
            "Health officials said there was evidence that patients had been harmed.",
            [("negation_removed", "no", "")],
            id="a_caveat_that_denies_turned_round",
        ),
        pytest.param(
            "There was no evidence of foul play.",
            "There was no sign of foul play.",
            [("hedge_removed", "no evidence", "")],
            id="a_caveat_that_denies_for_a_plain_negation",
        ),
        pytest.param(
            "Police said there was no evidence of foul play.",
            "Police said there was no sign of foul play.",
            [],
            id="a_finding_that_denies_reported_for_a_plain_negation",
        ),
        pytest.param(
            "Putin said NATO had troops in Ukraine.",
            "Putin said, without offering evidence, that NATO had troops in Ukraine.",
            [("hedge_added", "", "without offering evidence")],
            id="evidence_caveat_added",
        ),
        pytest.param(
            "The strike might spread to other ports next week, the union said.",
            "The strike will spread to other ports next week, the union said.",
            [("hedge_removed", "might", "")],
            id="a_possibility_told_as_a_certainty",
        ),
        pytest.param(
            "Talks will resume on Monday, officials said.",
            "Talks may not resume on Monday, officials said.",
            [("hedge_added", "", "may"), ("negation_added", "", "not")],
            id="a_certainty_told_as_a_possibility",
        ),
        pytest.param(
            "Rents may rise in May, and the central bank will act.",
            "Rents will rise in May, and the central bank will act.",
            [("hedge_removed", "may", "")],
            id="a_possibility_beside_a_certainty",
        ),
        pytest.param(
            "Troops killed 40 villagers, officials said.",
            "Troops massacred 40 villagers, officials said.",
            [("loaded_term_added", "", "massacred")],
            id="a_loaded_verb_in_the_past_tense",
        ),
        pytest.param(
            "Lawmakers criticized the governor's latest remarks on Friday.",
            "Lawmakers criticized the governor's latest tirade on Friday.",
            [("loaded_term_added", "", "tirade")],
            id="a_word_that_judges_how_something_was_said",
        ),
        pytest.param(
            "Republicans called the bill a federal effort to help Democrats win elections.",
            "Republicans called the bill a federal power grab to help Democrats win elections.",
            [("loaded_term_added", "", "power grab")],
            id="a_loaded_phrase",
        ),
        pytest.param(
            # The company booked a loss of 1.2 billion yen / 120,000 yen.
            "同社は１２億円の損失を計上した。",
            "同社は１２万円の損失を計上した。",
            [("number_changed", "12億", "12万")],
            id="japanese_oku_for_man",
        ),
        pytest.param(
            "The strike might spread to other ports.",
            "The strike will spread to other ports, and talks could resume.",
            [("hedge_removed", "might", "")],
            id="a_certainty_beside_another_possibility",
        ),
        pytest.param(
            "The Turkish troops also could be targets for attack, the ambassador said.",
            "The Turkish troops also would be targets for attack, the ambassador said.",
            [("hedge_removed", "could", "")],
            id="would_for_could",
        ),
        pytest.param(
            "Police said the second fire may be linked to the first, started on Sunday.",
            "Police said the second fire is linked to the first, started on Sunday.",
            [("hedge_removed", "may", "")],
            id="may_be_linked_told_as_is_linked",
        ),
        pytest.param(
            "The bill would give legal status to about 2 million immigrants.",
            "The bill would give amnesty to about 2 million illegal immigrants.",
            [("loaded_term_added", "", "illegal immigrants")],
            id="a_prefixed_word_in_another_phrase_negates_nothing",
        ),
        pytest.param(
            "Strikes killed 40 people overnight, the health ministry in Gaza said.",
            "Strikes killed 40 people overnight, the Hamas-run health ministry said.",
            [("loaded_term_added", "", "hamas-run")],
            id="an_authority_named_by_who_runs_it",
        ),
        pytest.param(
            "A weekly injection helped adults lose 14% of their body weight, researchers said.",
            "Miracle jab helped adults lose 14% of their body weight, researchers said.",
            [("loaded_term_added", "", "miracle")],
            id="a_trial_drug_called_a_miracle",
        ),
        pytest.param(
            "An experimental drug restored memory in mice, the institute said.",
            "A breakthrough drug restored memory in mice, the institute said.",
            [("loaded_term_added", "", "breakthrough")],
            id="an_experimental_drug_called_a_breakthrough",
        ),
        pytest.param(
            "The compound restored memory in mice with a dementia-like illness, the institute "
            "said.",
            "Mice bred to develop a dementia-like illness recovered their memory on the "
            "compound, the institute said.",
            [],
            id="a_sentence_about_mice_keeps_in_mice",
        ),
        pytest.param(
            "The compound restored memory in mice with a dementia-like illness, the institute "
            "said.",
            "The compound restored memory in people with a dementia-like illness, the institute "
            "said.",
            [("hedge_removed", "in mice", "")],
            id="mice_told_as_people_drops_in_mice",
        ),
        pytest.param(
            "Negotiators reported progress in talks on the budget, officials said.",
            "Negotiators reported a breakthrough in talks on the budget, officials said.",
            [],
            id="a_breakthrough_in_talks_is_plain",
        ),
        pytest.param(
            "The former president said the election was stolen from him.",
            "The former president falsely said the election was stolen from him.",
            [("loaded_term_added", "", "falsely")],
            id="a_verdict_on_what_was_said",
        ),
        pytest.param(
            "The bill may include $3 billion for new immigration judges, two aides said.",
            "The bill includes $3 billion for new immigration judges, two aides said.",
            [("hedge_removed", "may", "")],
            id="may_include_told_as_includes",
        ),
        pytest.param(
            "The company could face fines of up to $2 million, regulators said.",
            "The company faces fines of up to $2 million, regulators said.",
            [("hedge_removed", "could", "")],
            id="could_face_told_as_faces",
        ),
        pytest.param(
            "Ruiz could soon face up to 17 years in prison if convicted, prosecutors said.",
            "Ruiz now faces up to 17 years in prison if convicted, prosecutors said.",
            [("hedge_removed", "could", "")],
            id="could_soon_face_told_as_now_faces",
        ),
        pytest.param(
            "The bill may also include $3 billion for new judges, two aides said.",
            "The bill includes $3 billion for new judges, two aides said.",
            [("hedge_removed", "may", "")],
            id="may_also_include_told_as_includes",
        ),
        pytest.param(
            "The sample held fluoride that may be close to three times the safe level, the blog said.",
            "The sample held fluoride that is three times the safe level, the blog said.",
            [("hedge_removed", "may", ""), ("estimate_changed", "close to", "")],
            id="may_be_close_to_a_number_told_as_is_the_number",
        ),
        pytest.param(
            "The repairs may cost as much as $3 million, city officials said.",
            "The repairs will cost $3 million, city officials said.",
            [("hedge_removed", "may", ""), ("estimate_changed", "as much as", "")],
            id="may_cost_as_much_as_told_as_will_cost",
        ),
        pytest.param(
            "The heat may be a record for the month, forecasters said.",
            "The heat is a record for the month, forecasters said.",
            [("hedge_removed", "may", "")],
            id="may_be_a_record_told_as_is_a_record",
        ),
        pytest.param(
            "Both rovers are expected to reach Mars in January, the agency said.",
            "Both rovers will reach Mars in January, the agency said.",
            [("hedge_removed", "expected to", "")],
            id="a_forecast_told_as_a_certainty",
        ),
        pytest.param(
            '"It was the hardest call of my life," the coach said after the final.',
            '"It was the worst call of my life," the coach said after the final.',
            [("quote_changed", "hardest", "worst")],
            id="a_word_changed_inside_a_quotation",
        ),
        pytest.param(
            'Councillor Ines Harrow said: "Shutting the Quayside baths was the toughest call '
            "this cabinet has made. We weighed every offer from the swimming clubs and none "
            'of them added up."',
            '"Shutting the Quayside baths was the toughest call this council has made," said '
            'Councillor Ines Harrow. "We weighed every offer from the swimming clubs and none of '
            'them added up."',
            [("quote_changed", "cabinet", "council")],
            id="a_word_changed_inside_a_quotation_the_other_splits_in_two",
        ),
        pytest.param(
            '"It is the worse decision we could make," the mayor said.',
            '"It is the worst decision we could make," the mayor said.',
            [("quote_changed", "worse", "worst")],
            id="a_word_a_letter_apart_inside_a_quotation",
        ),
        pytest.param(
            '"The council cut its programmes\' budgets by a third," the auditor said.',
            '"The council cut its program\'s budgets by a third," the auditor said.',
            [("quote_changed", "programmes", "program's")],
            id="many_owners_made_one_inside_a_quotation_in_american_spelling",
        ),
        pytest.param(
            '"The company must pay a fair wage," the union leader said.',
            '"The company should pay a fair wage," the union leader said.',
            [("quote_changed", "must", "should")],
            id="a_modal_of_obligation_changed_inside_a_quotation",
        ),
        pytest.param(
            '"We will rebuild every home," Mayor Ana Ruiz told reporters.',
            '"We will rebuild some homes," Mayor Ana Ruiz told reporters.',
            [("quote_changed", "every", "some")],
            id="a_quantifier_changed_inside_a_quotation",
        ),
        pytest.param(
            "\u2014Hemos pasado mucho miedo, nadie nos avis\u00f3 \u2014relat\u00f3 una vecina.",
            "\u2014Hemos pasado un poco de miedo, nadie nos avis\u00f3 \u2014relat\u00f3 una vecina.",
            [("quote_changed", "mucho", "un poco de")],
            id="a_word_changed_inside_speech_a_dialogue_dash_opens",
        ),
        pytest.param(
            'The mayor called the plan "an evil act" and its author "an evil man".',
            'The mayor called the plan "an evil hoax" and its author "an evil man".',
            [("loaded_term_added", "", "hoax"), ("quote_changed", "act", "hoax")],
            id="each_quotation_held_against_its_closest",
        ),
        pytest.param(
            'Senator Ruiz said the bill "will fix a broken asylum system".',
            'Senator Ruiz said the bill was "long overdue".',
            [("quote_replaced", "will fix a broken asylum system", "long overdue")],
            id="another_quotation_in_place_of_the_other",
        ),
        pytest.param(
            'The head teacher said: "No pupil will lose their place as a result of this merger.'
            ' Every child will be offered a seat at Northgate."',
            '"Nobody is going to lose their place because of this," the head teacher said.'
            ' "Every child will be offered a seat at Northgate."',
            [
                (
                    "quote_reworded",
                    "no pupil will lose their place as a result of this merger",
                    "Nobody is going to lose their place because of this",
                )
            ],
            id="a_quotation_worded_differently_is_not_cut",
        ),
        pytest.param(
            '"Nobody is going to lose their place because of this," the head teacher said.'
            ' "Every child will be offered a seat at Northgate."',
            'The head teacher said: "No pupil will lose their place as a result of this merger.'
            ' Every child will be offered a seat at Northgate."',
            [
                (
                    "quote_reworded",
                    "Nobody is going to lose their place because of this",
                    "no pupil will lose their place as a result of this merger",
                )
            ],
            id="a_quotation_worded_differently_is_no_words_added",
        ),
        pytest.param(
            '"We regret the injuries, but our officers acted with restraint," the chief'
            " constable said.",
            '"Our officers acted with restraint," the chief constable said, adding: "The march'
            ' was not peaceful."',
            [("quote_words_removed", "we regret the injuries", "")],
            id="words_cut_beside_another_statement_quoted_are_cut",
        ),
        pytest.param(
            "«We will reopen the border crossing soon», dijo Harlow en la rueda de prensa, "
            "antes de elogiar «el trabajo de los aduaneros».",
            "Harlow aseguró en la rueda de prensa que su Gobierno reabrirá pronto el paso "
            "fronterizo, antes de elogiar «el trabajo de los aduaneros».",
            [
                ("attribution_verb", "dijo", "aseguró"),
                ("quote_removed", "We will reopen the border crossing soon", ""),
            ],
            id="a_quotation_told_in_other_words_beside_one_both_give",
        ),
        pytest.param(
            'Senator Ruiz said the bill "does nothing to fix a broken asylum system".',
            'Senator Ruiz said the bill "does nothing" to fix the system.',
            [],
            id="a_quotation_cut_short_is_none_in_its_place",
        ),
        pytest.param(
            "« C'est une catastrophe pour nous », a déclaré le maire mardi.",
            "« C'est un désastre pour nous », a déclaré le maire mardi.",
            [("quote_changed", "une catastrophe", "un désastre")],
            id="a_french_noun_changed_with_its_article_inside_a_quotation",
        ),
        pytest.param(
            "\u201eDie Lage ist ernst, aber unter Kontrolle\u201c, sagte Oberb\u00fcrgermeisterin"
            " Anna Berger am Vormittag.",
            "\u201eDie Lage ist ernst, aber unter Kontrolle\u201c, erkl\u00e4rte"
            " Oberb\u00fcrgermeisterin Anna Berger am Vormittag.",
            [],
            id="a_german_verb_of_saying_changed_after_a_quotation",
        ),
        pytest.param(
            "\u201eSituace je v\u00e1\u017en\u00e1, ale pod kontrolou\u201c, \u0159ekl starosta"
            " Petr Nov\u00e1k.",
            "\u201eSituace je v\u00e1\u017en\u00e1, ale pod kontrolou\u201c, uvedl starosta"
            " Petr Nov\u00e1k.",
            [],
            id="a_czech_verb_of_saying_changed_after_a_quotation",
        ),
        pytest.param(
            'The mayor called it a "brutal attack" on the city, officials said.',
            'The mayor called it a "cowardly attack" on the city, officials said.',
            [],
            id="a_quotation_sharing_half_its_words_is_none_in_its_place",
        ),
        pytest.param(
            'He cut the rope with a cheap "multitool" knife.',
            "He cut the rope with a cheap ``multi-tool'' knife.",
            [],
            id="a_quotation_written_another_way_is_none_in_its_place",
        ),
        pytest.param(
            '"The ship should have reported its cargo," Anomeritis said.',
            '"The ship should have declared its cargo," said Anomeritis.',
            [("quote_changed", "reported", "declared")],
            id="a_verb_inside_a_quotation_attributes_nothing",
        ),
        pytest.param(
            "Witnesses said they could see smoke before the fire started in the kitchen.",
            "Witnesses said they could see smoke before the fire may have started in the kitchen.",
            [("hedge_added", "", "may have")],
            id="a_caveat_beside_a_modal_of_another_verb",
        ),
        pytest.param(
            'The talks are "over," said the minister.',
            'The talks are "over," the minister claimed.',
            [("attribution_verb", "said", "claimed")],
            id="a_verb_after_a_quoted_word",
        ),
        pytest.param(
            "The ministry only said the matter was under review.",
            "The matter was under review.",
            [("attribution_removed", "The ministry only said", "")],
            id="only_said",
        ),
        pytest.param(
            '"Unacceptable. Shameful." the mayor said of the plan.',
            "The mayor said the plan was unacceptable and shameful.",
            [("quote_removed", "Unacceptable. Shameful.", "")],
            id="a_capitalised_quotation_is_no_title",
        ),
        pytest.param(
            'The mayor said of the plan, "Enough."',
            "The mayor said of the plan that enough was enough.",
            [("quote_removed", "Enough.", "")],
            id="a_word_of_speech_is_no_title",
        ),
        pytest.param(
            'He denied being a "Nazi" sympathiser, his lawyer said.',
            "He denied being a Nazi sympathiser, his lawyer said.",
            [("quote_removed", "Nazi", "")],
            id="a_capitalised_word_in_scare_quotes_is_no_title",
        ),
        pytest.param(
            'Scholz sprach von einer "Zeitenwende" in Europa.',
            "Scholz sprach von einer Zeitenwende in Europa.",
            [("quote_removed", "Zeitenwende", "")],
            id="a_german_noun_in_quotes_is_no_title",
        ),
        pytest.param(
            'The crowd shouted "Resign!" outside parliament.',
            "The crowd called for his resignation outside parliament.",
            [("quote_removed", "Resign!", "")],
            id="a_cry_is_no_title",
        ),
        pytest.param(
            'He shouted "God is Great" three times.',
            "He shouted a religious slogan three times.",
            [("quote_removed", "God is Great", "")],
            id="a_capitalised_quotation_with_a_word_in_lower_case_is_no_title",
        ),
        pytest.param(
            # Nearly all of "Uralnefteprom"'s exports will go through the port.
            "Через порт пойдет почти весь экспорт «Уралнефтепрома», сообщил министр.",
            "Через порт пойдет почти весь экспорт Уралнефтепрома, сообщил министр.",
            [],
            id="a_russian_firm_s_name_in_quotes_is_no_quotation",
        ),
        pytest.param(
            # The warehouse belongs to the company "Sibles" / "Sibles Group".
            'Склад принадлежит компании "Сиблес групп", сообщили в мэрии.',
            "Склад принадлежит компании Сиблес групп, сообщили в мэрии.",
            [],
            id="a_russian_name_of_two_words_in_straight_quotes",
        ),
        pytest.param(
            # The ministry called the verdict "a political order" / a political order.
            "Министерство назвало приговор «политическим заказом», заявила Зорина.",
            "Министерство назвало приговор политическим заказом, заявила Зорина.",
            [("quote_removed", "политическим заказом", "")],
            id="a_russian_quotation_in_lower_case_is_still_one",
        ),
        pytest.param(
            "Peskov said talks with Kyiv were impossible for now.",
            "Peskov said talks with Kyiv were possible for now.",
            [("negation_removed", "impossible", "")],
            id="negating_prefix_removed",
        ),
        pytest.param(
            "Officials said the ceasefire was likely to hold through the weekend.",
            "Officials said the ceasefire was not likely to hold through the weekend.",
            [("negation_added", "", "not likely")],
            id="hedge_negated_is_a_reversal",
        ),
        pytest.param(
            "Analysts said a rate cut was unlikely before the election.",
            "Analysts said a rate cut was likely before the election.",
            [("negation_removed", "unlikely", "")],
            id="hedge_negated_by_prefix_is_a_reversal",
        ),
        pytest.param(
            "Police detained 40 immigrants at the border on Monday.",
            "Police detained 40 migrants at the border on Monday.",
            [],
            id="prefix_but_no_negation",
        ),
        pytest.param(
            "Некоторые депутаты поддержали закон.",
            "Которые депутаты поддержали закон.",
            [],
            id="russian_prefix_but_no_negation",
        ),
        # Russian text: its letters that look Latin are meant.
        pytest.param(
            "Песков заявил, что НАТО находится в состоянии войны с Россией.",  # noqa: RUF001
            "Песков утверждал, что НАТО якобы находится в состоянии войны с Россией.",  # noqa: RUF001
            [("attribution_verb", "заявил", "утверждал"), ("hedge_added", "", "якобы")],
            id="russian_verb_and_hedge",
        ),
        pytest.param(
            # The cause of the fire may have been a short circuit / was a short circuit.
            "Причиной пожара на складе могло стать короткое замыкание, сообщили спасатели.",
            "Причиной пожара на складе стало короткое замыкание, сообщили спасатели.",
            [("hedge_removed", "могло стать", "")],
            id="russian_possibility_stated_as_fact",
        ),
        pytest.param(
            "Огонь может перекинуться на соседние склады, предупредили спасатели.",
            "Огонь перекинется на соседние склады, предупредили спасатели.",
            [("hedge_removed", "может", "")],
            id="russian_may_spread_told_as_will_spread",
        ),
        pytest.param(
            "По предварительным данным, ущерб от пожара превысил 40 млн рублей.",
            "Ущерб от пожара превысил 40 млн рублей.",
            [("hedge_removed", "по предварительным данным", "")],
            id="russian_preliminary_figure_told_as_final",
        ),
        pytest.param(
            "Причиной пожара могло стать короткое замыкание, сообщили спасатели.",
            "Причиной пожара может быть короткое замыкание, сообщили спасатели.",
            [],
            id="russian_one_modal_in_two_forms",
        ),
        pytest.param(
            # Damage is preliminarily put at / The preliminary damage was put at 3.8 billion.
            "Ущерб от паводка предварительно оценивается в 3,8 млрд тенге.",
            "Предварительный ущерб от паводка оценили в 3,8 млрд тенге.",
            [],
            id="russian_preliminary_as_adverb_and_adjective",
        ),
        pytest.param(
            "Владелец склада не может связаться со страховой компанией.",  # noqa: RUF001
            "Владелец склада не смог связаться со страховой компанией.",  # noqa: RUF001
            [],
            id="russian_cannot_is_no_hedge",
        ),
        pytest.param(
            "Глава района сказала, что дорогу откроют к осени.",
            "Глава района заявила, что дорогу откроют к осени.",
            [],
            id="russian_neutral_verbs",
        ),
        pytest.param(
            # In his words / In the premier's words, the bridge will close in May.
            "По его словам, мост через реку закроют на ремонт в мае.",  # noqa: RUF001
            "По словам премьера, мост через реку закроют на ремонт в мае.",
            [],
            id="russian_in_his_words_attributes_as_in_the_premier_s_words",
        ),
        pytest.param(
            "Пожар на складе потушен, сообщило МЧС.",
            "Пожар на складе потушен, утверждает МЧС.",
            [("attribution_verb", "сообщило", "утверждает")],
            id="russian_neuter_verb_of_a_ministry",
        ),
        pytest.param(
            "Rosen said in a statement that the talks had been long.",
            "Rosen quipped in a statement that the talks had been long.",
            [("attribution_verb", "said", "quipped")],
            id="said_for_quipped",
        ),
        pytest.param(
            "Министерство подтвердило, что мост закроют в мае.",
            "Министерство сообщило, что мост закроют в мае.",
            [("attribution_verb", "подтвердило", "сообщило")],
            id="russian_neuter_verbs_confirmed_and_reported",
        ),
        pytest.param(
            "Переговоры, как сообщается, прервались.",
            "Переговоры прервались.",
            [("hedge_removed", "как сообщается", "")],
            id="russian_hedge_phrase",
        ),
        pytest.param(
            # "He said the union rejected the raise." / "He claimed ..."
            "\u4ed6\u8bf4\u5de5\u4f1a\u62d2\u7edd\u4e86\u52a0\u85aa\u3002",
            "\u4ed6\u58f0\u79f0\u5de5\u4f1a\u62d2\u7edd\u4e86\u52a0\u85aa\u3002",
            [("attribution_verb", "\u8bf4", "\u58f0\u79f0")],
            id="chinese_verb",
        ),
        pytest.param(
            # "He said the union rejected the raise." / "He stated ...", as the wires write it.
            "\u4ed6\u8bf4\u5de5\u4f1a\u62d2\u7edd\u4e86\u52a0\u85aa\u3002",
            "\u4ed6\u8868\u793a\u5de5\u4f1a\u62d2\u7edd\u4e86\u52a0\u85aa\u3002",
            [],
            id="chinese_neutral_verbs",
        ),
        pytest.param(
            # "The union rejected the raise." / "Reportedly, the union rejected the raise."
            "\u5de5\u4f1a\u62d2\u7edd\u4e86\u52a0\u85aa\u3002",
            "\u636e\u62a5\u9053\uff0c\u5de5\u4f1a\u62d2\u7edd\u4e86\u52a0\u85aa\u3002",
            [("hedge_added", "", "\u636e\u62a5\u9053")],
            id="chinese_hedge_written_without_spaces",
        ),
        pytest.param(
            # "About four thousand workers joined the strike." / "... five thousand ..."
            "\u7ea6\u56db\u5343\u540d\u5de5\u4eba\u53c2\u52a0\u4e86\u7f62\u5de5\u3002",
            "\u7ea6\u4e94\u5343\u540d\u5de5\u4eba\u53c2\u52a0\u4e86\u7f62\u5de5\u3002",
            [("number_changed", "\u56db\u5343", "\u4e94\u5343")],
            id="chinese_number_changed",
        ),
        pytest.param(
            "Die Polizei nahm fünfundzwanzig Personen fest.",
            "Die Polizei nahm 26 Personen fest.",
            [("number_changed", "fünfundzwanzig", "26")],
            id="german_number_written_as_one_word_changed",
        ),
        pytest.param(
            # "On March 10 twelve people were missing and 12,000 tonnes lost", in characters, then
            # in digits ("1.2 ten-thousands of tonnes")
            "\u4e09\u6708\u5341\u65e5\uff0c\u5341\u4e8c\u4eba\u5931\u8054\uff0c"
            "\u635f\u59311.2\u4e07\u5428\u3002",
            "3\u670810\u65e5\uff0c12\u4eba\u5931\u8054\uff0c\u635f\u593112000\u5428\u3002",
            [],
            id="chinese_numbers_in_characters_and_digits",
        ),
        pytest.param(
            # "Cross-strait relations are very important." / "... are important."
            "\u4e24\u5cb8\u5173\u7cfb\u5341\u5206\u91cd\u8981\uff0c\u4e00\u4e9b\u4eba\u8bf4\u3002",
            "\u4e24\u5cb8\u5173\u7cfb\u91cd\u8981\uff0c\u4eba\u8bf4\u3002",
            [],
            id="chinese_words_holding_numerals",
        ),
        pytest.param(
            "Песков заявил, что переговоры сейчас возможны.",
            "Песков заявил, что переговоры сейчас невозможны.",
            [("negation_added", "", "невозможны")],
            id="russian_negating_prefix_added",
        ),
        pytest.param(
            "Во вторник Песков сказал, что Киев не готов к переговорам.",  # noqa: RUF001
            "В четверг Песков сказал, что киевский режим готов к переговорам.",  # noqa: RUF001
            [
                ("negation_removed", "не", ""),
                ("number_changed", "вторник", "четверг"),
                ("loaded_term_added", "", "киевский режим"),
            ],
            id="russian_day_negation_loaded_term",
        ),
        pytest.param(
            # The blogger was convicted by a Riga court / by a court of the Latvian regime.
            "Блогера осудил рижский суд, заявили в министерстве.",
            "Блогера осудил суд латвийского режима, заявили в министерстве.",
            [("loaded_term_added", "", "латвийского режима")],
            id="russian_a_neighbour_s_government_called_a_regime",
        ),
        pytest.param(
            # The Lithuanian / Russophobic authorities closed the border crossing.
            "Литовские власти закрыли пункт пропуска на границе.",
            "Русофобские власти закрыли пункт пропуска на границе.",
            [("loaded_term_added", "", "русофобские")],
            id="russian_russophobic_authorities",
        ),
        pytest.param(
            # A state of emergency regime was declared in the region: a mode, no regime.
            "Режим чрезвычайной ситуации ввели в области.",
            "Режим чрезвычайной ситуации ввели в регионе.",
            [],
            id="russian_regime_alone_stays_a_mode",
        ),
        pytest.param(
            "Встреча пройдет в среду, сообщил Песков.",
            "Встреча пройдет в четверг, сообщил Песков.",
            [("number_changed", "среду", "четверг")],
            id="russian_wednesday",
        ),
        pytest.param(
            "At least 41 nations have contributed to Ukraine's military efforts since February 2022.",
            "At least 40 nations have contributed to Ukraine's military efforts since March 2022.",
            [("number_changed", "41", "40"), ("number_changed", "February 2022", "March 2022")],
            id="number_and_date_changed",
        ),
        pytest.param(
            "Rents in the capital have doubled since 2020, the agency said.",
            "Rents in the capital have tripled since 2020, the agency said.",
            [("number_changed", "doubled", "tripled")],
            id="a_factor_told_by_a_verb",
        ),
        pytest.param(
            "The deadline for bids neared on Monday, officials said.",
            "The company has given itself two weeks to sift through offers, officials said.",
            [("number_added", "", "two weeks"), ("number_removed", "Monday", "")],
            id="a_count_in_place_of_a_day",
        ),
        pytest.param(
            "The Marsh Lane depot opened in 1958 and employs 240 mechanics.",
            "Opened in 1958, the Marsh Lane depot had been rebuilt by 2017.",
            [("number_removed", "240", ""), ("number_added", "", "2017")],
            id="a_counted_noun_in_place_of_a_year",
        ),
        pytest.param(
            "Crews contained a blaze that scorched 1,450 hectares of heath.",
            "In 2022 crews contained a blaze that scorched the heath.",
            [("number_removed", "1,450 hectares", ""), ("number_added", "", "2022")],
            id="an_area_in_place_of_a_year",
        ),
        pytest.param(
            "The mayor said the talks would resume today, a spokesman confirmed.",
            "The mayor said Tuesday the talks would resume today, a spokesman confirmed.",
            [("number_added", "", "Tuesday")],
            id="a_weekday_beside_today",
        ),
        pytest.param(
            "The council approved the new tram line on Tuesday.",
            "The council approved the new tram line, costing 40 million euros, on Tuesday.",
            [("number_added", "", "40 million")],
            id="number_added",
        ),
        pytest.param(
            "Police said 12 people were detained after the march.",
            "Police said people were detained after the march.",
            [("number_removed", "12", "")],
            id="number_removed",
        ),
        pytest.param(
            "One million people have fled the fighting.",
            "Many people have fled the fighting.",
            [("number_changed", "One million", "Many")],
            id="one_with_a_multiplier_is_stated",
        ),
        pytest.param(
            "Hundreds of thousands marched through Tbilisi on Sunday.",
            "Thousands marched through Tbilisi on Sunday.",
            [("number_changed", "hundreds of thousands", "thousands")],
            id="an_order_of_count_dropped",
        ),
        pytest.param(
            "Thousands marched through Tbilisi on Sunday.",
            "Tens of thousands marched through Tbilisi on Sunday.",
            [("number_changed", "thousands", "tens of thousands")],
            id="an_order_of_count_added",
        ),
        pytest.param(
            "Repairs to the bridge will cost $48 million, the council said.",
            "Repairs to the bridge will cost \u00a348 million, the council said.",
            [("currency_changed", "$", "\u00a3")],
            id="currency_changed",
        ),
        pytest.param(
            "Repairs to the bridge will cost 48 million dollars, the council said.",
            "Repairs to the bridge will cost $48 million (\u00a338 million), the council said.",
            [],
            id="currency_written_another_way_and_converted",
        ),
        pytest.param(
            "Guns pound the city as the fund pledges $5 million in aid.",
            "Shells hit the city as the fund pledges \u20ac5 million in aid.",
            [("currency_changed", "$", "\u20ac")],
            id="pound_the_verb_is_no_currency",
        ),
        pytest.param(
            "\u201cNATO is at war with Russia. This is undeniable,\u201d he declared.",
            "He declared that NATO was at war with Russia and that this was undeniable.",
            [("quote_removed", "NATO is at war with Russia. This is undeniable", "")],
            id="quote_turned_into_paraphrase",
        ),
        pytest.param(
            "\u2018We will not back down,\u2019 the union leader said of the workers\u2019 pay.",
            "The union leader said they would not back down on the workers\u2019 pay.",
            [("quote_removed", "We will not back down", "")],
            id="quote_in_single_quotes_turned_into_paraphrase",
        ),
        pytest.param(
            "The fund lost $3 million in the crash.",
            "The fund lost C$3 million in the crash.",
            [("currency_changed", "$", "C$")],
            id="canadian_dollars",
        ),
        pytest.param(
            "Cada familia evacuada recibirá una ayuda de 500 euros, anunció la consellera.",
            "Cada familia evacuada recibirá una ayuda de 500 dólares, anunció la consellera.",
            [("currency_changed", "\u20ac", "US$")],
            id="spanish_euros_for_dollars_shown_as_us_dollars",
        ),
        pytest.param(
            "El ahorro será de 1.200 millones de pesos, según Hacienda.",
            "El ahorro será de 1.200 millones de dólares, según Hacienda.",
            [("currency_changed", "peso", "US$")],
            id="spanish_pesos_for_dollars_shown_as_us_dollars",
        ),
        pytest.param(
            "The fine was set at 3 million pesos, the court said.",
            "The fine was set at 3 million dollars, the court said.",
            [("currency_changed", "peso", "$")],
            id="english_pesos_for_dollars",
        ),
        pytest.param(
            "La reforma supondrá un ahorro de $1.200 millones, según Hacienda.",
            "La reforma supondrá un ahorro de US$1.200 millones, según Hacienda.",
            [("currency_changed", "peso", "US$")],
            id="spanish_dollar_sign_is_the_peso_us_dollar_sign_the_dollar",
        ),
        pytest.param(
            "La reforma supondrá un ahorro de $1.200 millones, según Hacienda.",
            "La reforma supondrá un ahorro de 1.200 millones de pesos, según Hacienda.",
            [],
            id="spanish_dollar_sign_and_pesos_in_words",
        ),
        pytest.param(
            "La obra costará unos US$ 25 millones, según la Municipalidad.",
            "La obra costará unos $25 millones, según la Municipalidad.",
            [("currency_changed", "US$", "peso")],
            id="spanish_estimate_kept_beside_a_sign_with_letters",
        ),
        pytest.param(
            "The stake is worth about HK$40 million, the filing showed.",
            "The stake is worth HK$40 million, the filing showed.",
            [("estimate_changed", "about", "")],
            id="estimate_dropped_before_a_sign_with_letters",
        ),
        pytest.param(
            "The company paid $5 million to settle the case.",
            "The company paid US$5 million to settle the case.",
            [],
            id="english_dollar_sign_and_us_dollar_sign",
        ),
        pytest.param(
            "Bajo el peso de la deuda, el Gobierno pagó 300 millones de dólares.",
            "Bajo la carga de la deuda, el Gobierno pagó 300 millones de dólares.",
            [],
            id="spanish_peso_the_weight_is_no_currency",
        ),
        pytest.param(
            "\u2014Actuamos con apego a la ley \u2014a\u00f1adi\u00f3 el comisario\u2014, pero los"
            " v\u00eddeos muestran otra cosa.",
            "\u2014Actuamos con apego a la ley \u2014a\u00f1adi\u00f3 el comisario\u2014, pero los"
            " v\u00eddeos muestran lo contrario.",
            [("quote_changed", "otra cosa", "lo contrario")],
            id="spanish_speech_going_on_after_the_narrators_aside",
        ),
        pytest.param(
            "Les pertes sont estimées à 4,5 millions d'euros, selon la chambre de commerce.",
            "Les pertes sont estimées à 4,5 millions de dollars, selon la chambre de commerce.",
            [("currency_changed", "\u20ac", "$")],
            id="french_euros_after_d_for_dollars",
        ),
        pytest.param(
            "El fuego obligó a evacuar a unos 3.000 vecinos de Chiva.",
            "El fuego obligó a evacuar a tres mil vecinos de Chiva.",
            [("estimate_changed", "unos", "")],
            id="spanish_estimate_made_exact_in_words",
        ),
        pytest.param(
            "Le feu a détruit plus de 300 maisons.",
            "Le feu a détruit environ 300 maisons.",
            [("estimate_changed", "plus de", "environ")],
            id="french_more_than_for_about",
        ),
        pytest.param(
            "Der Minister gab uns 300 Euro.",
            "Die Ministerin gab uns 300 Euro.",
            [],
            id="german_us_before_a_number_is_no_estimate",
        ),
        pytest.param(
            "Divers found nothing, but police said the search would resume.",
            "Divers found a body, but police said the search would resume.",
            [("negation_removed", "nothing", "")],
            id="nothing_then_but",
        ),
        pytest.param(
            "The No Child Left Behind Act was renewed in 2007.",
            "The education law was not renewed in 2007.",
            [("negation_added", "", "not")],
            id="a_denial_for_a_name_with_a_negation",
        ),
        pytest.param(
            "PRICES DOUBLED IN MAY, OFFICIALS SAID.",
            "PRICES TRIPLED IN MAY, OFFICIALS SAID.",
            [("number_changed", "doubled", "tripled")],
            id="a_factor_in_capitals",
        ),
        pytest.param(
            "The outage was caused by a power failure at the plant.",
            "The outage was not caused by a power cut at the plant.",
            [("negation_added", "", "not")],
            id="a_failure_that_denies_nothing",
        ),
        pytest.param(
            "Engineers said repairs would take at least six weeks.",
            "Engineers estimated that repairs would take at least six weeks.",
            [("attribution_verb", "said", "estimated")],
            id="an_estimate_attributed",
        ),
        pytest.param(
            "The mayor said the plan, which critics said was rushed, would pass next week.",
            "The mayor claimed the plan, which critics said was rushed, would pass next week.",
            [("attribution_verb", "said", "claimed")],
            id="one_of_two_saids_swapped",
        ),
        pytest.param(
            "The council has no plans to close the school.",
            "The council has no plans to close the school and will not close the library.",
            [("negation_added", "", "not")],
            id="a_second_denial_added",
        ),
        pytest.param(
            "The other 18 people in the building escaped and talked to police, police said.",
            "The other 18 people in the building escaped unharmed but did not talk to police, "
            "police said.",
            [("negation_added", "", "not")],
            id="a_denial_added_beside_a_denying_word",
        ),
        pytest.param(
            "The other 18 people in the building escaped, police said.",
            "The other 18 people in the building escaped unharmed but did not speak, police said.",
            [],
            id="a_denied_clause_added_whole_denies_nothing_told",
        ),
        pytest.param(
            "Twenty-five people were killed in the strike.",
            "At least 25 people were killed in the strike.",
            [("estimate_changed", "", "at least")],
            id="an_exact_count_made_a_least_one",
        ),
        pytest.param(
            "Some 2,300 people were evacuated from the valley on Monday.",
            "A total of 2,300 people were evacuated from the valley on Monday.",
            [("estimate_changed", "some", "")],
            id="a_total_of_qualifies_no_count",
        ),
        pytest.param(
            "Rescuers said 2,300 people were evacuated from the valley on Monday.",
            "A total of 2,300 people were evacuated from the valley on Monday.",
            [("attribution_removed", "Rescuers said", "")],
            id="a_total_of_opening_the_sentence_for_its_count",
        ),
        pytest.param(
            "A Tolvaki court jailed blogger Ivo Ranek for five years on treason charges that he "
            "and his publisher reject, his lawyer said.",
            "A Tolvaki court jailed blogger Ivo Ranek for five years for treason.",
            [
                ("attribution_removed", "his lawyer said", ""),
                ("hedge_removed", "charges that he and his publisher reject", ""),
            ],
            id="a_charge_cut_with_the_lawyers_denial_told_as_an_offence",
        ),
        pytest.param(
            "Ranek will face treason charges, Vidal said.",
            "Vidal said Ranek will be charged with treason.",
            [],
            id="a_charge_kept_with_its_speaker_in_other_words",
        ),
        pytest.param(
            "The blast happened shortly after 3 a.m., the sheriff's office said.",
            "The blast happened shortly after 3 a.m. and could be felt more than 10 miles away, "
            "the sheriff's office said.",
            [("number_added", "", "10 miles")],
            id="a_number_added_with_its_qualifier_changes_no_estimate",
        ),
        pytest.param(
            "At least 200 jobs will go when the plant closes.",
            "Up to 200 jobs will go when the plant closes.",
            [("estimate_changed", "at least", "up to")],
            id="at_least_for_up_to",
        ),
        pytest.param(
            "About 1,200 people fled their homes.",
            "1,200 people fled their homes.",
            [("estimate_changed", "about", "")],
            id="an_estimate_made_exact",
        ),
        pytest.param(
            "The governor estimated yesterday that the fires could cost nearly $2 billion.",
            "State officials estimated the cost at nearly $2 billion.",
            [("number_removed", "yesterday", "")],
            id="an_estimate_s_verb_before_a_day",
        ),
        pytest.param(
            "Floods killed 14 people and displaced 9,000 others, officials said.",
            "Floods killed 21 people and displaced 13,000 others, officials said.",
            [("number_changed", "14", "21"), ("number_changed", "9,000", "13,000")],
            id="numbers_changed_in_the_order_told",
        ),
        pytest.param(
            "The fire killed at least 14 people and forced 9,000 residents to flee, police said.",
            "The fire forced 13,000 residents to flee and killed at least 21, police said.",
            [("number_changed", "14", "21"), ("number_changed", "9,000", "13,000")],
            id="numbers_changed_in_clauses_told_the_other_way_round",
        ),
        pytest.param(
            "Police arrested 12 and charged 3, a spokesman said.",
            "Police charged 5 and arrested 15, a spokesman said.",
            [("number_changed", "12", "15"), ("number_changed", "3", "5")],
            id="counts_told_by_their_verbs_the_other_way_round",
        ),
        pytest.param(
            "Rebels killed 30 soldiers and 12 civilians in the attack.",
            "Rebels killed 14 civilians and 35 soldiers in the attack.",
            [("number_changed", "30", "35"), ("number_changed", "12", "14")],
            id="counts_of_one_verb_told_by_their_nouns",
        ),
        pytest.param(
            "He could get six to seven years in prison, plus fines.",
            "The charges carry up to 25 years in prison and $1.25 million in fines.",
            [
                ("number_removed", "six", ""),
                ("number_changed", "seven years", "25 years"),
                ("number_added", "", "$1.25 million"),
            ],
            id="a_count_left_over_is_no_change_into_money",
        ),
        pytest.param(
            "A poll found 48% backed the plan and 41% opposed it.",
            "A poll found 41% opposed the plan and 52% backed it.",
            [("number_changed", "48%", "52%")],
            id="a_share_changed_in_clauses_told_the_other_way_round",
        ),
        pytest.param(
            "The bus fare rose to ZAR500 from ZAR450 on Monday, the operator said.",
            "The bus fare rose to R500 from R450 on Monday, the operator said.",
            [],
            id="an_amount_after_a_currency_code_or_its_letter",
        ),
        pytest.param(
            "The crash closed the R445 near Naas for six hours, gardai said.",
            "The crash closed the road near Naas for six hours, gardai said.",
            [],
            id="a_roads_number_after_a_currency_letter",
        ),
        pytest.param(
            "The tolls are R50 per car, the roads agency said.",
            "The tolls are R80 per car, the roads agency said.",
            [("number_changed", "R50", "R80")],
            id="a_price_per_something_after_a_currency_letter",
        ),
        pytest.param(
            "Diesel now costs drivers in Durban R21 a litre, the association said.",
            "Diesel now costs drivers in Durban R23 a litre, the association said.",
            [("number_changed", "R21", "R23")],
            id="a_price_a_unit_after_a_currency_letter",
        ),
        pytest.param(
            "The crash on the R61 a week ago closed it for six hours, police said.",
            "The crash on the road a week ago closed it for six hours, police said.",
            [],
            id="a_roads_number_before_a_unit_of_time",
        ),
        pytest.param(
            "The new stadium cost ZAR2.5bn, the city said.",
            "The new stadium cost ZAR3.5bn, the city said.",
            [("number_changed", "ZAR2.5bn", "ZAR3.5bn")],
            id="an_amount_shown_with_its_currency_code",
        ),
        pytest.param(
            "Storms killed 14 people and cut power to 9,000 homes on Tuesday.",
            "Storms killed 16 people on Tuesday.",
            [("number_changed", "14", "16"), ("number_removed", "9,000", "")],
            id="a_count_changed_beside_one_left_out",
        ),
        pytest.param(
            "Ambulances took 26 people to hospital, four of them in a critical condition.",
            "Ambulances took 23 people to hospital and a further 40 were treated at the scene.",
            [
                ("number_changed", "26", "23"),
                ("number_removed", "four", ""),
                ("number_added", "", "40"),
            ],
            id="beside_a_changed_count_other_counts_told_by_other_words",
        ),
        pytest.param(
            "Ambulances took 26 people to hospital, four of them in a critical condition.",
            "Ambulances took 23 people to hospital, five of them in a critical condition.",
            [("number_changed", "26", "23"), ("number_changed", "four", "five")],
            id="beside_a_changed_count_another_told_alike",
        ),
        pytest.param(
            "About 18 percent of men on the drug developed cancer, against 24 percent on placebo.",
            "They found 6.4 percent of men on the drug had tumours, against 5.1 percent on placebo.",
            [
                ("number_changed", "18 percent", "6.4 percent"),
                ("number_changed", "24 percent", "5.1 percent"),
            ],
            id="an_estimate_of_other_numbers",
        ),
        pytest.param(
            "More than 40 people were hurt on Monday, officials said.",
            "Officials said on Monday that 12 homes and 3 shops were destroyed.",
            [("number_changed", "40", "12, 3")],
            id="an_estimate_of_other_numbers_of_one_day",
        ),
        pytest.param(
            "More than 40 people were hurt on Monday, officials said.",
            "Officials said on Monday that 12 homes were destroyed.",
            [("number_changed", "40", "12")],
            id="an_estimate_of_one_count_in_place_of_another_far_from_it",
        ),
        pytest.param(
            "About 30 people were killed and 30 hurt on Monday.",
            "30 people were killed, 50 hurt and 20 missing on Monday.",
            [
                ("number_changed", "30", "50"),
                ("number_added", "", "20"),
                ("estimate_changed", "about", ""),
            ],
            id="an_estimate_of_a_count_given_twice",
        ),
        pytest.param(
            "A captured rebel said more than 2,000 insurgents were involved in the attack.",
            "A captured rebel said 1,900 insurgents were involved in the attack.",
            [("number_changed", "2,000", "1,900"), ("estimate_changed", "more than", "")],
            id="an_estimate_of_one_number_changed",
        ),
        pytest.param(
            "The flood covered more than 600 hectares and cut off nearly 900 homes, officials said.",
            "The flood covered about 600 hectares and cut off 900 homes, officials said.",
            [("estimate_changed", "more than", "about"), ("estimate_changed", "nearly", "")],
            id="each_numbers_estimate_noted_apart",
        ),
        pytest.param(
            "Up to 80 buses and about 300 drivers will strike, the union said.",
            "About 80 buses and 300 drivers will strike, the union said.",
            [("estimate_changed", "up to", "about"), ("estimate_changed", "about", "")],
            id="each_numbers_estimate_noted_apart_in_the_order_written",
        ),
        pytest.param(
            "The blaze burned more than 8,200 acres, razed nearly 140 homes and killed 2 people.",
            "The blaze burned about 7,900 acres, razed 120 homes and killed 2 people.",
            [
                ("number_changed", "8,200 acres", "7,900 acres"),
                ("number_changed", "140", "120"),
                ("estimate_changed", "more than", "about"),
                ("estimate_changed", "nearly", ""),
            ],
            id="each_changed_numbers_estimate_noted_apart",
        ),
        pytest.param(
            "The blaze burned more than 8,200 acres, razed 140 homes and killed 2 people.",
            "The blaze burned 7,900 acres, razed about 120 homes and killed 2 people.",
            [
                ("number_changed", "8,200 acres", "7,900 acres"),
                ("number_changed", "140", "120"),
                ("estimate_changed", "more than", ""),
                ("estimate_changed", "", "about"),
            ],
            id="a_qualifier_dropped_from_one_changed_number_and_added_to_another",
        ),
        pytest.param(
            "Crews said more than 6,300 acres burned and nearly 180 cabins were lost overnight.",
            "Crews said about 5,800 acres burned and some 150 cabins were lost overnight.",
            [
                ("number_changed", "6,300 acres", "5,800 acres"),
                ("number_changed", "180", "150"),
                ("estimate_changed", "more than", "about"),
                ("estimate_changed", "nearly", "some"),
            ],
            id="each_of_two_changed_numbers_requalified_is_noted_apart",
        ),
        pytest.param(
            "Crews said more than 6,300 acres burned and nearly 180 cabins were lost overnight.",
            "Crews said about 5,800 acres burned and 150 cabins were lost overnight.",
            [
                ("number_changed", "6,300 acres", "5,800 acres"),
                ("number_changed", "180", "150"),
                ("estimate_changed", "more than", "about"),
                ("estimate_changed", "nearly", ""),
            ],
            id="two_changed_numbers_requalified_and_unqualified_with_no_count_shared",
        ),
        pytest.param(
            "Crews said about 6,300 acres burned and nearly 180 cabins were lost overnight.",
            "Crews said some 5,800 acres burned and almost 150 cabins were lost overnight.",
            [("number_changed", "6,300 acres", "5,800 acres"), ("number_changed", "180", "150")],
            id="two_changed_numbers_qualified_alike_change_no_estimate",
        ),
        pytest.param(
            "The striker will earn $8 million a year, or about $160,000 a week.",
            "The striker will earn about $155,000 a week, or $8 million a year.",
            [("number_changed", "$160,000 a week", "$155,000 a week")],
            id="a_changed_number_told_in_another_clause_is_weighed_with_the_one_near_it",
        ),
        pytest.param(
            "Voters backed the plan 3 to 1 in the city and 2 to 1 in the suburbs.",
            "Voters backed the plan about 3-to-1 in the city and about 2-to-1 in the suburbs.",
            [("estimate_changed", "", "about")],
            id="numbers_qualified_alike_are_one_estimate_changed",
        ),
        pytest.param(
            "Temperatures rose above 45 degrees (113 Fahrenheit) in the capital on Sunday.",
            "Temperatures rose above 113 Fahrenheit in the capital on Sunday.",
            [],
            id="a_conversion_in_brackets_is_qualified_as_its_number_is",
        ),
        pytest.param(
            "About 60 people (15 children) were treated for smoke, the hospital said.",
            "About 60 people were treated for smoke, 15 of them children, the hospital said.",
            [],
            id="a_part_of_a_count_in_brackets_is_no_conversion",
        ),
        pytest.param(
            "Up to 3,000 jobs (1,200 in Ohio) could go, the carmaker said.",
            "Up to 3,000 jobs could go, 1,200 in Ohio, the carmaker said.",
            [],
            id="a_part_of_a_count_in_brackets_with_its_place_is_no_conversion",
        ),
        pytest.param(
            "More than half of the 300 workers at the plant were laid off.",
            "About half of the 300 workers at the plant were laid off.",
            [("estimate_changed", "more than", "about")],
            id="the_estimate_of_a_share",
        ),
        pytest.param(
            "More than half of voters backed the plan.",
            "About half of voters backed the plan.",
            [("estimate_changed", "more than", "about")],
            id="the_estimate_of_a_share_alone",
        ),
        pytest.param(
            "The meeting lasted half an hour.",
            "The meeting lasted 50 minutes.",
            [("number_changed", "half", "50 minutes")],
            id="a_fraction_is_no_percentage",
        ),
        pytest.param(
            "A quarter of voters backed the plan.",
            "25 voters backed the plan.",
            [("number_changed", "A quarter", "25")],
            id="a_share_is_no_count",
        ),
        pytest.param(
            "He will make one change to his schedule, he said.",
            "He will make a change to his schedule, he told reporters on Wednesday.",
            [("number_added", "", "Wednesday")],
            id="a_day_added_replaces_no_lone_one",
        ),
        pytest.param(
            "He faces up to 10 years in prison if convicted.",
            "He faces 10 years in prison if convicted.",
            [("estimate_changed", "up to", "")],
            id="a_maximum_sentence_made_the_sentence",
        ),
        pytest.param(
            "The dispute has dragged on for over 20 years.",
            "The dispute has dragged on for 20 years.",
            [("estimate_changed", "over", "")],
            id="for_over_a_span_of_time",
        ),
        pytest.param(
            "More than 100mm of rain fell in the city overnight.",
            "100mm of rain fell in the city overnight.",
            [("estimate_changed", "more than", "")],
            id="before_a_number_with_its_unit",
        ),
        pytest.param(
            "The euro-zone economy grew 0.3% as the dollar rose.",
            "The eurozone economy grew 0.3% as the yen rose.",
            [("currency_changed", "$", "JPY")],
            id="currency_beside_a_compound",
        ),
        pytest.param(
            "The dollar-denominated bonds fell on Monday.",
            "The euro-denominated bonds fell on Monday.",
            [("currency_changed", "$", "\u20ac")],
            id="currency_in_a_compound",
        ),
        pytest.param(
            "The suspect appeared to have fled the country.",
            "The suspect fled the country.",
            [("hedge_removed", "appeared to", "")],
            id="appeared_to",
        ),
        pytest.param(
            "The talks were delayed from May to June.",
            "The talks were delayed to June.",
            [("number_removed", "May", "")],
            id="from_may",
        ),
        pytest.param(
            "Theresa May spoke in London.",
            "Theresa May spoke in London in May.",
            [("number_added", "", "May")],
            id="month_beside_the_name",
        ),
        pytest.param(
            "The minister appears to have resigned on Monday.",
            "The minister has resigned on Monday.",
            [("hedge_removed", "appears to", "")],
            id="appears_to",
        ),
        pytest.param(
            "The workers' union said it won't strike in the '90s style.",
            "The union said it won't strike in the '90s style.",
            [],
            id="apostrophes_quote_nothing",
        ),
        pytest.param(
            "The alliance provides both explicit and implicit assistance to the Kyiv government.",
            "The alliance provides both explicit and implicit assistance to the Kyiv regime.",
            [("loaded_term_added", "", "kyiv regime")],
            id="loaded_term_swapped_in",
        ),
        pytest.param(
            "The government's forces shelled the town overnight.",
            "The regime's forces shelled the town overnight.",
            [("loaded_term_added", "", "regime")],
            id="loaded_term_possessive",
        ),
        pytest.param(
            "The state-run dam burst after rebel-held villages were shelled.",
            "The regime-run dam burst after rebel-held villages were shelled.",
            [("loaded_term_added", "", "regime")],
            id="loaded_term_in_a_compound",
        ),
        pytest.param(
            "The anti-government protests spread to Tabriz overnight.",
            "The anti-regime protests spread to Tabriz overnight.",
            [("loaded_term_added", "", "regime")],
            id="loaded_term_in_a_compound_against_it",
        ),
        pytest.param(
            "Anti-abortion groups rallied outside the court on Monday.",
            "Pro-life groups rallied outside the court on Monday.",
            [("loaded_term_added", "", "pro-life")],
            id="a_sides_own_name_for_its_cause",
        ),
        pytest.param(
            "Officials said the militants fired rockets at the town overnight.",
            "Officials said the fighters fired rockets at the town overnight.",
            [("loaded_term_removed", "militants", "")],
            id="loaded_term_dropped",
        ),
        pytest.param(
            "The regime's forces shelled the town overnight, officials said.",
            "The junta's forces shelled the town overnight, officials said.",
            [("loaded_term", "regime", "junta")],
            id="loaded_term_for_another",
        ),
        pytest.param(
            "Police dispersed the rioters outside parliament on Sunday.",
            "Police dispersed the protesters outside parliament on Sunday.",
            [("loaded_term", "rioters", "protesters")],
            id="the_plain_word_for_a_loaded_one",
        ),
        pytest.param(
            "Neo-Nazi battalions of the Kessar regime shelled the hospital overnight.",
            "Forces of the Kessar government shelled the hospital overnight.",
            [("loaded_term_removed", "neo-nazi battalions, regime", "")],
            id="neo_nazi_label_for_an_army_dropped",
        ),
        pytest.param(
            "A neo-Nazi rally in Dresden drew 300 people on Saturday.",
            "A far-right rally in Dresden drew 300 people on Saturday.",
            [("loaded_term_added", "", "far-right")],
            id="neo_nazi_of_a_rally_is_plain",
        ),
        pytest.param(
            "Protesters gathered in Velmar on Tuesday, organisers said.",
            "A colour revolution gathered pace in Velmar on Tuesday, organisers said.",
            [("loaded_term", "protesters", "colour revolution")],
            id="colour_revolution",
        ),
        pytest.param(
            "The governor said the opposition bears full responsibility.",
            "The governor said the opposition and its Western handlers bear full responsibility.",
            [("loaded_term_added", "", "western handlers")],
            id="western_handlers",
        ),
        pytest.param(
            "The opposition is funded by charities abroad, the governor said.",
            "The opposition is run by foreign agents, the governor said.",
            [("loaded_term_added", "", "foreign agents")],
            id="foreign_agents_as_a_label",
        ),
        pytest.param(
            "The gunfire at the checkpoint lasted nearly 40 minutes, the ministry said.",
            "The gunfire at the checkpoint lasted nearly an hour, the ministry said.",
            [("number_changed", "40 minutes", "an hour")],
            id="a_duration_told_as_nearly_an_hour",
        ),
        pytest.param(
            "The gunfire at the checkpoint lasted about 60 minutes, the ministry said.",
            "The gunfire at the checkpoint lasted about an hour, the ministry said.",
            [("number_converted", "about 60 minutes", "about an hour")],
            id="about_an_hour_is_about_60_minutes",
        ),
        pytest.param(
            "The blockade of the port lasted nearly a year, officials said.",
            "The blockade of the port lasted a year, officials said.",
            [("estimate_changed", "nearly", "")],
            id="nearly_a_year_told_as_a_year",
        ),
        pytest.param(
            "The blockade of the port lasted more than a year, officials said.",
            "The blockade of the port lasted about a year, officials said.",
            [("estimate_changed", "more than", "about")],
            id="more_than_a_year_told_as_about_a_year",
        ),
        pytest.param(
            "Selgaz halted gas deliveries to Varnia on Friday, citing unpaid bills, the Varnian "
            "ministry said.",
            "Selgaz halted gas deliveries to Varnia on Friday over unpaid bills.",
            [("attribution_removed", "citing unpaid bills, the Varnian ministry said", "")],
            id="a_cited_reason_stated_as_its_own_and_the_source_dropped",
        ),
        pytest.param(
            "Border guards detained the reporter, a Free Wave journalist, at the crossing.",
            "Border guards detained the reporter, a Kestanian spy, at the crossing.",
            [("loaded_term_added", "", "spy")],
            id="a_journalist_labelled_a_spy",
        ),
        pytest.param(
            "Opposition deputies voted against the budget on Friday.",
            "Traitors in parliament voted against the budget on Friday.",
            [("loaded_term_added", "", "traitors")],
            id="opponents_labelled_traitors",
        ),
        pytest.param(
            "The minister, who is close to Varno, resigned on Friday.",
            "The minister, a Varno stooge, resigned on Friday.",
            [("loaded_term_added", "", "stooge")],
            id="a_minister_labelled_a_stooge",
        ),
        pytest.param(
            "The agency said a satellite photographed the base on Monday.",
            "The agency said a spy satellite photographed the base on Monday.",
            [],
            id="spy_of_the_trades_gear_is_plain",
        ),
        pytest.param(
            "Sorel was jailed for espionage on Monday, the court said.",
            "Sorel was jailed as a convicted spy on Monday, the court said.",
            [],
            id="spy_of_one_convicted_is_plain",
        ),
        pytest.param(
            "Thousands protested against the media law on Tuesday.",
            "Thousands protested against the foreign agents law on Tuesday.",
            [],
            id="foreign_agents_law_is_a_laws_name",
        ),
        pytest.param(
            "Crowds rallied against a bill requiring charities to register as foreign agents.",
            "Crowds rallied against a new bill.",
            [],
            id="foreign_agents_as_a_status_to_register_as",
        ),
        pytest.param(
            "Moscow has consistently opposed any foreign military presence in Ukraine.",
            "Moscow has never opposed a foreign military presence in Ukraine.",
            [("negation_added", "", "never")],
            id="negation_added",
        ),
        pytest.param(
            "The city cannot afford the tram line, the mayor said.",
            "The city could not afford the tram line, the mayor said.",
            [],
            id="one_negation_written_another_way",
        ),
        pytest.param(
            "A deal is impossible this week, the union said.",
            "A deal is possible this week, though the union has never agreed.",
            [("negation_removed", "impossible", "")],
            id="a_negation_dropped_beside_a_denying_clause_added",
        ),
        pytest.param(
            "Sikorski highlighted the reluctance of Western nations to risk clashes.",
            "Sikorski highlighted the reluctance of Western nations to risk clashes.",
            [],
            id="identical",
        ),
        pytest.param(
            "The guard stole $5,000 from the vault.",
            "The guard is accused of stealing $5,000 from the vault.",
            [("hedge_added", "", "accused of")],
            id="a_charge_told_as_one",
        ),
        pytest.param(
            "Marsh has not been charged with any crime and remains on the council.",
            "Marsh has not been charged and is still on the council.",
            [],
            id="a_denied_charge_cut_to_its_denial",
        ),
        pytest.param(
            "No one has been charged with a crime yet, the fire service said.",
            "No one has been charged yet, the fire service said.",
            [],
            id="a_denied_charge_cut_before_its_cause",
        ),
        pytest.param(
            "The treasurer was charged with fraud on Friday.",
            "The treasurer was not charged with fraud on Friday.",
            [("negation_added", "", "not")],
            id="a_charge_denied_is_a_negation_not_a_caveat",
        ),
        pytest.param(
            "A man charged with murdering his neighbour appeared in court.",
            "A man who murdered his neighbour appeared in court.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_dropped",
        ),
        pytest.param(
            "The clerk, charged with money laundering, resigned on Friday.",
            "The clerk, who laundered money, resigned on Friday.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_of_two_words_dropped",
        ),
        pytest.param(
            "A man charged with murder last week appeared in court on Monday.",
            "A man who killed his neighbour appeared in court on Monday.",
            [("hedge_removed", "charged with", ""), ("number_removed", "last week", "")],
            id="charged_with_a_crime_before_when_dropped",
        ),
        pytest.param(
            "A man charged with assault causing actual bodily harm was remanded in custody.",
            "A man who assaulted a doorman was remanded in custody.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_before_a_participle_dropped",
        ),
        pytest.param(
            "The teenager was charged with arson, police said on Sunday.",
            "The teenager set the fire, police said on Sunday.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_that_ends_its_clause_dropped",
        ),
        pytest.param(
            "The coach was charged with felony sexual assault in March.",
            "The coach sexually assaulted a player in March.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_graded_crime_after_a_crime_dropped",
        ),
        pytest.param(
            "The broker was charged with fraud worth millions of pounds.",
            "The broker committed fraud worth millions of pounds.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_before_its_worth_dropped",
        ),
        pytest.param(
            "The driver was charged with murder alongside his brother in 2019.",
            "The driver killed a man alongside his brother in 2019.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_before_alongside_dropped",
        ),
        pytest.param(
            "The nurse was charged with murder three years later, after a review of deaths on the ward.",
            "The nurse murdered patients, a review of deaths on the ward found three years later.",
            # The review's finding is credited to it, as "the review found" is.
            [
                ("attribution_added", "", "a review of deaths on the ward found"),
                ("hedge_removed", "charged with", ""),
            ],
            id="charged_with_a_crime_before_a_count_of_years_dropped",
        ),
        pytest.param(
            "A teenager was charged with theft overnight and will appear in court today.",
            "A teenager stole a car and will appear in court today.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_before_overnight_dropped",
        ),
        pytest.param(
            "The solicitor was charged with fraud plus forgery at a hearing in Leeds.",
            "The solicitor forged the deeds, a hearing in Leeds was told.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_before_plus_dropped",
        ),
        pytest.param(
            "The priest was charged with rape nine years ago but never stood trial.",
            "The priest raped a parishioner nine years ago but never stood trial.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_before_ago_dropped",
        ),
        pytest.param(
            "Two men charged over the robbery appeared before magistrates.",
            "Two men who carried out the robbery appeared before magistrates.",
            [("hedge_removed", "charged over", "")],
            id="charged_over_a_crime_dropped",
        ),
        pytest.param(
            "A man has been charged in connection with the stabbing in Hull.",
            "A man stabbed the victim in Hull.",
            [("hedge_removed", "charged in connection with", "")],
            id="charged_in_connection_with_a_crime_dropped",
        ),
        pytest.param(
            "Two teenagers were charged following the stabbing, police said.",
            "Two teenagers stabbed a boy and were arrested, police said.",
            [
                ("hedge_removed", "charged following", ""),
                ("allegation_softened", "charged", "arrested"),
            ],
            id="charged_following_a_crime_dropped_an_arrest_for_none_named",
        ),
        pytest.param(
            "The man charged with the stabbing appeared in court on Monday.",
            "The man who stabbed the boy was arrested after a chase on Monday.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_dropped_an_arrest_after_a_chase",
        ),
        pytest.param(
            "Police have charged a 34-year-old man with murder.",
            "A 34-year-old man murdered the victim, police said.",
            [("hedge_removed", "charged with", "")],
            id="charged_someone_with_a_crime_dropped",
        ),
        pytest.param(
            "The lorry driver, charged with drug trafficking offences, was released on bail.",
            "The lorry driver, who trafficked drugs, was released on bail.",
            [("hedge_removed", "charged with", "")],
            id="charged_with_a_crime_after_a_comma_dropped_is_no_attribution",
        ),
        pytest.param(
            "The former minister, accused of taking bribes, said he was innocent.",
            "The former minister, who took bribes, said he was innocent.",
            [("hedge_removed", "accused of", "")],
            id="accused_of_after_a_comma_dropped_is_no_attribution",
        ),
        pytest.param(
            "Prosecutors accused the minister of lying to parliament.",
            "Prosecutors said the minister lied to parliament.",
            [("attribution_verb", "accused", "said")],
            id="accused_someone_of_is_an_attribution",
        ),
        pytest.param(
            "The senator charged in a statement that the agency ignored the warnings.",
            "The senator said in a statement that the agency ignored the warnings.",
            [("attribution_verb", "charged", "said")],
            id="charged_in_a_statement_is_an_attribution",
        ),
        pytest.param(
            "The village, which Moscow has accused of harbouring saboteurs, was shelled.",
            "The village, which Moscow says harboured saboteurs, was shelled.",
            [("attribution_verb", "accused", "says")],
            id="accused_noted_once_as_a_verb_not_again_as_a_hedge",
        ),
        pytest.param(
            "The militia, accused of the market bombing, denied any role.",
            "The militia denied any role in the market bombing.",
            [("hedge_removed", "accused of", "")],
            id="accused_of_dropped_where_no_verb_is_noted",
        ),
        pytest.param(
            "Police said the suspect allegedly fired twice at the officers.",
            "Police said the suspect fired twice at the officers.",
            [("hedge_removed", "allegedly", "")],
            id="allegedly_dropped_beside_the_suspect",
        ),
        pytest.param(
            "The two men allegedly planned the attack on the depot.",
            "The informant alleged that the two men planned the attack on the depot.",
            [("attribution_added", "", "The informant alleged")],
            id="allegedly_noted_once_as_the_verb_it_became",
        ),
        pytest.param(
            "The gunman allegedly fired twice, the alleged victim told the court.",
            "The gunman fired twice, the alleged victim told the court.",
            [("hedge_removed", "allegedly", "")],
            id="allegedly_dropped_beside_the_alleged_victim",
        ),
        pytest.param(
            "The man charged with the theft allegedly fled to Spain.",
            "The man charged with the theft fled to Spain.",
            [("hedge_removed", "allegedly", "")],
            id="allegedly_dropped_beside_a_charge_both_write",
        ),
        pytest.param(
            "The man accused of the theft allegedly fled to Spain.",
            "The man accused of the theft fled to Spain.",
            [("hedge_removed", "allegedly", "")],
            id="allegedly_dropped_beside_a_hedge_both_write",
        ),
        pytest.param(
            "Officials claimed the minister reportedly resigned on Friday.",
            "Officials reported the minister resigned on Friday.",
            [
                ("attribution_verb", "claimed", "reported"),
                ("hedge_removed", "reportedly", ""),
            ],
            id="reportedly_dropped_beside_a_verb_swapped_for_reported",
        ),
        pytest.param(
            "The treasurer, who is charged with theft, is also accused of fraud.",
            "The treasurer, who is charged with theft, also committed fraud.",
            [("hedge_removed", "accused of", "")],
            id="accused_of_dropped_beside_a_charge_both_write",
        ),
        pytest.param(
            "The gunman fled on foot, according to reports.",
            "The gunman fled on foot, according to police.",
            [
                ("attribution_added", "", "according to police"),
                ("hedge_removed", "according to reports", ""),
            ],
            id="reports_that_name_no_one_for_a_source",
        ),
        pytest.param(
            "Dockers walked out this morning over pay.",
            "Dockers walked out yesterday morning over pay.",
            [("number_changed", "this morning", "yesterday")],
            id="this_morning_for_yesterday",
        ),
        pytest.param(
            "Civilians were not killed in the raid.",
            "Innocent civilians were killed in the raid.",
            [("negation_removed", "not", "")],
            id="innocent_civilians_deny_nothing",
        ),
        pytest.param(
            "Никто из пассажиров не пострадал.",
            "Пострадали двое пассажиров.",
            [("negation_removed", "никто", ""), ("number_added", "", "двое")],
            id="a_russian_denial_dropped_with_its_negative_word",
        ),
        pytest.param(
            "The jury found the bus driver guilty of manslaughter on Friday.",
            "The jury acquitted the bus driver of manslaughter on Friday.",
            [("negation_added", "guilty", "acquitted")],
            id="acquitted_for_found_guilty",
        ),
        pytest.param(
            "The former mayor was acquitted of bribery, the court said.",
            "The former mayor was convicted of bribery, the court said.",
            [("negation_removed", "acquitted", "convicted")],
            id="convicted_for_acquitted",
        ),
        pytest.param(
            "The nurse was cleared of all charges at Leeds Crown Court.",
            "The nurse was convicted of all charges at Leeds Crown Court.",
            [("negation_removed", "cleared", "convicted")],
            id="convicted_for_cleared",
        ),
        pytest.param(
            "The jury convicted Okafor of fraud at Southwark Crown Court on Tuesday.",
            "The jury cleared Okafor of fraud at Southwark Crown Court on Tuesday.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_a_named_defendant_for_convicted",
        ),
        pytest.param(
            "A jury found the former council leader guilty of misconduct in public office.",
            "A jury cleared the former council leader of misconduct in public office.",
            [("negation_added", "guilty", "cleared")],
            id="cleared_a_noun_phrase_for_found_guilty",
        ),
        pytest.param(
            "Crews cleared Main Street of debris and it was reopened by noon.",
            "Crews removed debris from Main Street, but it was not reopened by noon.",
            [("negation_added", "", "not")],
            id="a_street_cleared_of_debris_beside_a_negation_added",
        ),
        pytest.param(
            "The runway was cleared of snow and flights resumed on Sunday.",
            "Snow was removed from the runway but flights did not resume on Sunday.",
            [("negation_added", "", "not")],
            id="a_runway_cleared_of_snow_beside_a_negation_added",
        ),
        pytest.param(
            "The jury convicted Smith on Tuesday after a three-week trial.",
            "The jury cleared Smith on Tuesday after a three-week trial.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_a_named_defendant_of_no_charge_for_convicted",
        ),
        pytest.param(
            "Police cleared the road outside before the jury convicted Smith of arson.",
            "Police cleared the road outside before the jury cleared Smith.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_a_defendant_for_convicted_beside_a_road_cleared_on_both_sides",
        ),
        pytest.param(
            "The jury convicted Okafor, and the judge then cleared the courtroom.",
            "The jury cleared Okafor, and the judge then cleared the courtroom.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_a_defendant_for_convicted_beside_a_courtroom_cleared_on_both_sides",
        ),
        pytest.param(
            "Smith was acquitted on Friday and Jones was acquitted on Monday.",
            "Smith was acquitted on Friday and Jones was convicted on Monday.",
            [("negation_removed", "acquitted", "convicted")],
            id="acquitted_twice_for_acquitted_and_convicted",
        ),
        pytest.param(
            "A jury convicted the former mayor of bribery at Leeds Crown Court.",
            "A jury cleared the former mayor at Leeds Crown Court.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_a_noun_phrase_of_no_charge_for_convicted_of_one",
        ),
        pytest.param(
            "The regulator cleared Barclays of wrongdoing over the loans.",
            "The regulator fined Barclays for wrongdoing over the loans.",
            [("negation_removed", "cleared", "fined")],
            id="cleared_of_wrongdoing_for_fined",
        ),
        pytest.param(
            "The court convicted him despite a lack of evidence, his lawyer said.",
            "The court cleared him for lack of evidence, his lawyer said.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_him_for_lack_of_evidence_for_convicted",
        ),
        pytest.param(
            "The magistrates convicted the driver of careless driving in March.",
            "The magistrates cleared the driver for want of evidence in March.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_a_noun_phrase_for_want_of_evidence_for_convicted",
        ),
        pytest.param(
            "The court convicted the former mayor in 2019.",
            "The court cleared the former mayor for insufficient evidence in 2019.",
            [("negation_added", "convicted", "cleared")],
            id="cleared_a_noun_phrase_for_insufficient_evidence_for_convicted",
        ),
        pytest.param(
            "Crews cleared Smith Street on Tuesday, and the driver was not charged.",
            "Crews closed Smith Street on Tuesday, and the driver was charged.",
            [("negation_removed", "not", "")],
            id="a_street_cleared_beside_a_negation_removed",
        ),
        pytest.param(
            "The claim could not be verified, and the footage could not be verified either.",
            "The claim could not be verified, and the footage was verified.",
            [("hedge_removed", "could not be verified", "")],
            id="a_denying_caveat_written_once_more_the_claim_told_without_it",
        ),
        pytest.param(
            "Okafor was acquitted in 2019 and his driver was convicted in 2021.",
            "Okafor's driver was convicted in 2021.",
            [("number_removed", "2019", "")],
            id="an_acquittal_beside_a_conviction_dropped",
        ),
        pytest.param(
            "Okafor was acquitted and his driver was convicted of fraud.",
            "Okafor was convicted and his driver was convicted of fraud.",
            [("negation_removed", "acquitted", "convicted")],
            id="an_acquittal_beside_a_conviction_reversed",
        ),
        pytest.param(
            "\u201eWir schlie\u00dfen das Hallenbad im Winter\u201c, sagte die B\u00fcrgermeisterin.",
            "\u201eWir schlie\u00dfen das Hallenbad im Winter nicht\u201c, sagte die"
            " B\u00fcrgermeisterin.",
            [("negation_added", "", "nicht")],
            id="a_german_quotation_turned_into_its_negation",
        ),
        pytest.param(
            "\u201eNie zamkniemy szpitala\u201d, powiedzia\u0142 wojewoda w Krakowie.",
            "\u201eZamkniemy szpital\u201d, powiedzia\u0142 wojewoda w Krakowie.",
            [("negation_removed", "nie", "")],
            id="a_polish_quotation_no_longer_denying",
        ),
        pytest.param(
            "Nie powiedzia\u0142, kiedy wr\u00f3ci do Warszawy.",
            "Powiedzia\u0142, kiedy wr\u00f3ci do Warszawy.",
            [("negation_removed", "nie", "")],
            id="a_polish_sentence_no_longer_opening_with_its_negation",
        ),
        pytest.param(
            "Nie do ko\u0144ca wiadomo, co si\u0119 sta\u0142o.",
            "Wiadomo, co si\u0119 sta\u0142o.",
            [("negation_removed", "nie", "")],
            id="a_polish_negation_before_a_word_english_writes_too",
        ),
        pytest.param(
            "Organisers said about 5,000 people marched to the parliament.",
            "Organisers said more than 10,000 people marched to the parliament.",
            [("number_changed", "5,000", "10,000"), ("estimate_changed", "about", "more than")],
            id="an_estimate_of_one_count_far_changed",
        ),
        pytest.param(
            "More than 40 people were evacuated on Monday.",
            "12 homes were evacuated on Monday.",
            [("number_changed", "40", "12")],
            id="no_estimate_of_a_count_of_another_thing",
        ),
        pytest.param(
            "The plant has been cited twice for safety violations since 2022.",
            "The plant has been cited three times for safety violations since 2022.",
            [("number_changed", "twice", "three times")],
            id="twice_against_three_times",
        ),
        pytest.param(
            "The plant was inspected once last year.",
            "The plant was inspected twice last year.",
            [("number_changed", "once", "twice")],
            id="once_against_twice",
        ),
        pytest.param(
            "The mayor said no workers were inside when the fire started.",
            "The mayor said workers were inside when the fire started.",
            [("negation_removed", "no", "")],
            id="a_negation_dropped_from_a_clause_kept",
        ),
        pytest.param(
            "A state audit released Monday found gaps in overtime records.",
            "A damning state audit released Monday found gaps in overtime records.",
            [("loaded_term_added", "", "damning")],
            id="damning_added",
        ),
        pytest.param(
            "Some neighbors expressed concern about the shelter at a meeting.",
            "Outraged neighbors protested about the shelter at a meeting.",
            [("loaded_term_added", "", "outraged")],
            id="outraged_added",
        ),
        pytest.param(
            "Auditors said the missing records did not necessarily indicate fraud.",
            "Auditors said the missing records raised serious questions about possible fraud.",
            [("hedge_removed", "not necessarily", "")],
            id="not_necessarily_dropped_is_a_hedge_removed",
        ),
        pytest.param(
            "Auditors said the missing records did not necessarily indicate fraud.",
            "Auditors said the missing records did not indicate fraud.",
            [("hedge_removed", "not necessarily", "")],
            id="not_necessarily_dropped_from_a_denial_kept",
        ),
        pytest.param(
            "Police said the rally was peaceful and that no arrests were made.",
            "No arrests were made.",
            [("attribution_removed", "Police said the rally was peaceful", "")],
            id="an_attribution_cut_with_the_claim_beside_it",
        ),
        pytest.param(
            "No arrests were made, police said.",
            "No arrests were made.",
            [("attribution_removed", "police said", "")],
            id="an_attribution_cut_alone",
        ),
        pytest.param(
            "Northwind expects fourth-quarter revenue of $4.5 billion.",
            "Northwind will post fourth-quarter revenue of $4.5 billion.",
            [("hedge_removed", "expects", "")],
            id="a_companys_guidance_told_as_a_certainty",
        ),
        pytest.param(
            "The central bank expects inflation to peak at 3.8% in September.",
            "The central bank said inflation will peak at 3.8% in September.",
            [("hedge_removed", "expects", "")],
            id="a_forecast_told_as_what_will_be",
        ),
        pytest.param(
            "Veltmann expects the deal to add to earnings in its first full year.",
            "The deal will add to earnings in its first full year.",
            [("hedge_removed", "expects", "")],
            id="a_forecaster_dropped_with_the_forecast",
        ),
        pytest.param(
            "Analysts predict the port will reopen in June.",
            "The port will reopen in June.",
            [("hedge_removed", "predict", "")],
            id="a_prediction_told_as_a_certainty",
        ),
        pytest.param(
            "Northwind projects revenue of $4 billion for the year.",
            "Northwind will post revenue of $4 billion for the year.",
            [("hedge_removed", "projects", "")],
            id="projects_the_verb_told_as_a_certainty",
        ),
        pytest.param(
            "Analysts expected growth of 2% this year.",
            "Growth will be 2% this year.",
            [("hedge_removed", "expected", "")],
            id="expected_the_past_verb_told_as_a_certainty",
        ),
        pytest.param(
            "A missile strike killed at least 14 civilians and wounded 37 on Friday, the UN said.",
            "A missile strike killed 4 civilians and wounded 12 on Friday, the UN said.",
            [
                ("number_changed", "14", "4"),
                ("number_changed", "37", "12"),
                ("estimate_changed", "at least", ""),
            ],
            id="a_toll_cut_and_its_qualifier_dropped_beside_another_count_changed",
        ),
        pytest.param(
            "A missile strike killed at least 14 civilians and wounded 37 on Friday, the UN said.",
            "A missile strike killed 14 civilians and wounded 12 on Friday, the UN said.",
            [("number_changed", "37", "12"), ("estimate_changed", "at least", "")],
            id="a_toll_kept_and_its_qualifier_dropped_beside_another_count_changed",
        ),
        pytest.param(
            "Los sindicatos recuerdan a los cerca de 4,8 millones de jornaleros sin contrato.",
            "Los sindicatos recuerdan a los 5 millones de jornaleros sin contrato.",
            [("number_rounded", "cerca de 4,8 millones", "5 millones")],
            id="an_estimate_rounded_and_stated_as_exact",
        ),
        pytest.param(
            "The unions point to the nearly 4.8 million farmhands without a contract.",
            "The unions point to the 5 million farmhands without a contract.",
            [("number_changed", "4.8 million", "5 million"), ("estimate_changed", "nearly", "")],
            id="a_bound_rounded_past_what_it_bounds",
        ),
        pytest.param(
            "Repairs to the Kestrel Quay pier could cost $1.4 million, the council said.",
            "repairs to the kestrel quay pier could cost one point four million dollars the "
            "council said",
            [],
            id="a_decimal_said_aloud",
        ),
        pytest.param(
            "The first ferry will sail at 6 a.m. and a single fare rises from $2.40 to $2.85.",
            "THE FIRST FERRY WILL SAIL AT SIX AM AND A SINGLE FARE RISES FROM TWO DOLLARS FORTY "
            "TO TWO DOLLARS EIGHTY-FIVE",
            [],
            id="a_time_and_amounts_said_aloud",
        ),
        pytest.param(
            "The vigil at Kestrel Quay begins at 6:30 on Friday.",
            "The vigil at Kestrel Quay begins at half past six on Friday.",
            [],
            id="half_past_said_aloud",
        ),
        pytest.param(
            "Repairs to the Kestrel Quay pier could cost $1.4 million, the council said.",
            "Repairs to the Kestrel Quay pier could cost one point six million dollars, the "
            "council said.",
            [("number_changed", "$1.4 million", "one point six million")],
            id="a_decimal_said_aloud_and_changed",
        ),
        pytest.param(
            "The Kestrel Quay mill stood for more than a century.",
            "The Kestrel Quay mill stood for nearly a century.",
            [("estimate_changed", "more than", "nearly")],
            id="a_century_read_as_a_span_of_time",
        ),
        pytest.param(
            "The harbour board will spend $6 million and raise parking charges 2.4%.",
            "the harbour board will spend six uh million and raise parking charges two point, "
            "um, four percent",
            [],
            id="figures_said_aloud_with_hesitations",
        ),
        pytest.param(
            "The harbour board will spend $6 million and raise parking charges 2.4%.",
            "the harbour board will spend six uh million and raise parking charges two point, "
            "um, nine percent",
            [("number_changed", "2.4%", "two point, um, nine percent")],
            id="a_figure_said_aloud_with_a_hesitation_and_changed",
        ),
        pytest.param(
            "The fire at the Tolbury grain store broke out after 6 a.m. and took more than four "
            "hours to bring under control.",
            "THE FIRE AT THE TOLBURY GRAIN STORE BROKE OUT AFTER SIX A M AND TOOK MORE THAN UM "
            "FOUR HOURS TO BRING UNDER CONTROL",
            [],
            id="a_hesitation_between_a_qualifier_and_its_number",
        ),
        pytest.param(
            "About 40 people were hurt when the Tolbury footbridge gave way, the fire chief said.",
            "About, um, 40 people were hurt when the Tolbury footbridge gave way, the fire chief "
            "said.",
            [],
            id="an_english_hesitation_before_a_qualified_number",
        ),
        pytest.param(
            "The audit covered nine grants paid to the Harwick rowing club that may never have "
            "been spent on boats.",
            "The audit covered nine grants paid to the Harwick rowing club.",
            [],
            id="a_hedge_cut_with_the_claim_it_qualifies",
        ),
        pytest.param(
            "The audit covered nine grants that may never have been spent on boats.",
            "The audit covered nine grants that were never spent on boats.",
            [("hedge_removed", "may never have", "")],
            id="a_hedge_cut_from_the_claim_it_qualifies",
        ),
        pytest.param(
            "Police on Friday arrested councillor Ruth Daley on suspicion of bribery over a "
            "housing contract, officers said.",
            "POLICE ON FRIDAY ARRESTED COUNCILLOR RUTH DALEY FOR UH BRIBERY OVER A HOUSING "
            "CONTRACT OFFICERS SAID",
            [("hedge_removed", "on suspicion of", "")],
            id="a_suspected_offence_given_as_the_arrest_s_reason",
        ),
        pytest.param(
            "Police on Friday arrested councillor Ruth Daley for bribery, officers said.",
            "Police on Friday arrested councillor Ruth Daley on suspicion of bribery, officers "
            "said.",
            [("hedge_added", "", "on suspicion of")],
            id="an_offence_given_as_a_reason_told_as_a_suspicion",
        ),
        pytest.param(
            "The audit concerns 12 grants for school roofs that may never have been repaired, "
            "the inspector said.",
            "The audit concerns 12 grants for school roofs that were never repaired, the "
            "inspector said.",
            [("hedge_removed", "may never have", "")],
            id="a_possible_denial_stated_as_fact",
        ),
        pytest.param(
            "Her lawyer, Tom Reyes, said his client denied any wrongdoing.",
            "Her lawyer claims his client denied any wrongdoing.",
            [("attribution_verb", "said", "claims")],
            id="a_lawyer_said_told_as_claims",
        ),
    ],
)
def test_framing_differences_are_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Each kind of framing change between two versions of a fact gets its note."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Organisers projected a film onto the cathedral wall, and the festival will run "
            "until Sunday.",
            "Organisers showed a film on the cathedral wall, and the festival will run until "
            "Sunday.",
            id="a_film_projected_onto_a_wall",
        ),
        pytest.param(
            "Students projected images of the victims onto the town hall, and a vigil will "
            "follow on Friday.",
            "Students showed images of the victims on the town hall, and a vigil will follow "
            "on Friday.",
            id="images_projected_onto_a_building",
        ),
        pytest.param(
            "The council projects office will close on Friday.",
            "The council office will close on Friday.",
            id="projects_as_a_noun_before_a_noun",
        ),
    ],
)
def test_a_form_of_a_forecasting_verb_that_forecasts_no_outcome_removes_no_hedge(
    a: str, b: str
) -> None:
    """A form of a forecasting verb whose object is no figure, clause or outcome (a film
    projected onto a wall, a "projects office") forecasts nothing, so the other version's
    "will" removes no hedge."""
    assert FramingKind.HEDGE_REMOVED not in {n.kind for n in framing_notes(a, b)}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The Northern Federation's defence ministry said its forces had struck an arms depot "
            "near the river.",
            "Federation forces struck an arms depot near the river.",
            [("attribution_removed", "The Northern Federation's defence ministry said", "")],
            id="the_speakers_side_named_as_acting",
        ),
        pytest.param(
            "Kelmar's interior ministry said its police had cleared the square by midnight.",
            "Kelmar's police cleared the square by midnight.",
            [("attribution_removed", "Kelmar's interior ministry said", "")],
            id="the_speakers_owner_owns_the_actors",
        ),
        pytest.param(
            "The Northern Federation's defence ministry said its forces had struck an arms depot "
            "near the river.",
            "The defence ministry's forces struck an arms depot near the river.",
            [],
            id="the_speaking_ministry_still_named",
        ),
        pytest.param(
            "The airline said its pilots would strike on Monday.",
            "The airline's pilots will strike on Monday.",
            [],
            id="the_speaking_body_named_as_owner",
        ),
        pytest.param(
            "Marenia said it had delivered 40 tonnes of flour to the border town of Osk.",
            "Marenia delivered 40 tonnes of flour to the border town of Osk.",
            [("attribution_removed", "Marenia said", "")],
            id="the_speaker_made_the_subject_of_its_own_claim",
        ),
        pytest.param(
            "Marenia's Interior Ministry said its police had not used tear gas and accused "
            "Tolvaki agents of starting the fire.",
            "Marenian police had not used tear gas, and Tolvaki agents had started the fire.",
            [
                ("attribution_removed", "Marenia's Interior Ministry said", ""),
                ("hedge_removed", "accused of", ""),
            ],
            id="a_joined_accusation_told_as_fact",
        ),
        pytest.param(
            "Tolvgas cut supplies to the capital on Friday, citing a pipeline fault, the "
            "Marenian Energy Ministry said.",
            "Tolvgas cut supplies to the capital on Friday, citing a pipeline fault.",
            [("attribution_removed", "the Marenian Energy Ministry said", "")],
            id="a_citing_clause_both_keep",
        ),
    ],
)
def test_a_claim_told_as_its_speakers_sides_own_states_it_as_fact(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Naming only whose ministry spoke, or the speaker as the one who did what it claimed, keeps
    no attribution; naming the body that spoke does."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The report found that guards had beaten captured soldiers, documenting 23 such "
            "cases, though it said the scale was much smaller.",
            "The report found that guards had beaten captured soldiers, documenting 23 such cases.",
            [("hedge_removed", "though it said the scale was much smaller", "")],
            id="a_concessive_clause_cut",
        ),
        pytest.param(
            "Turnout rose to 61%, although officials said some ballots were still being counted.",
            "Turnout rose to 61%.",
            [
                (
                    "hedge_removed",
                    "although officials said some ballots were still being counted",
                    "",
                )
            ],
            id="a_clause_of_officials_caveat_cut",
        ),
        pytest.param(
            "Sales rose 5% in the quarter, and the company said it expected more growth.",
            "Sales rose 5% in the quarter.",
            [],
            id="an_attributed_clause_cut_with_its_claim",
        ),
        pytest.param(
            "No arrests were made, police said in a statement.",
            "No arrests were made.",
            [("attribution_removed", "police said", "")],
            id="the_attribution_cut_the_claim_kept",
        ),
        pytest.param(
            "The report found that guards had mistreated some captured soldiers.",
            "The report found that guards had tortured captured soldiers.",
            [("loaded_term", "mistreated", "tortured")],
            id="mistreatment_told_as_torture",
        ),
        pytest.param(
            "His lawyer said the defence would appeal and that no evidence of bribery had been "
            "shown at the trial.",
            "His lawyer said the defence would appeal.",
            [],
            id="a_reported_rebuttal_cut_is_no_caveat",
        ),
        pytest.param(
            "Ranek accused his rival, whom he called a coward, of leaking the ballots.",
            "Calling him a coward, Ranek accused his rival of leaking the ballots.",
            [],
            id="an_accusation_across_an_aside_in_both",
        ),
    ],
)
def test_a_caveat_cut_with_its_attribution_is_no_claim_stated_as_fact(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """An attributed clause cut whole states nothing as fact: a concessive one is a caveat."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "A new study suggests that flood damage is costing farms £80 million a year.",
            "A new study proves that flood damage is costing farms £80 million a year.",
            [("hedge_removed", "suggests", "proves")],
            id="a_study_that_suggests_told_as_proving",
        ),
        pytest.param(
            "The council's figures suggest the bridge is unsafe.",
            "The council's figures prove the bridge is unsafe.",
            [("hedge_removed", "suggest", "prove")],
            id="figures_that_suggest_told_as_proving",
        ),
        pytest.param(
            "Early tests indicated the water supply was safe to drink.",
            "Early tests demonstrated the water supply was safe to drink.",
            [("hedge_removed", "indicated", "demonstrated")],
            id="tests_that_indicated_told_as_demonstrating",
        ),
        pytest.param(
            "A new survey shows 40% of tenants pay more than half their wages in rent.",
            "A new survey suggests 40% of tenants pay more than half their wages in rent.",
            [],
            id="a_survey_that_shows_is_no_proof",
        ),
        pytest.param(
            "A new report shows that rents rose faster than wages, the charity said.",
            "A new report suggests that rents rose faster than wages, the charity said.",
            [("hedge_added", "shows", "suggests")],
            id="a_correction_puts_suggests_back_for_shows",
        ),
        pytest.param(
            "The minister suggested the talks had failed.",
            "The minister confirmed the talks had failed.",
            [("hedge_removed", "suggested", "confirmed")],
            id="a_suggestion_told_as_confirmed_is_no_verb_changed",
        ),
        pytest.param(
            "Police footage suggests the driver ran a red light.",
            "Police footage shows the driver ran a red light.",
            [],
            id="footage_that_shows_is_no_proof",
        ),
        pytest.param(
            "The inquiry suggests the fire started in the kitchen.",
            "The inquiry may prove the fire started in the kitchen.",
            [],
            id="a_proof_that_may_come_is_no_certainty",
        ),
        pytest.param(
            "Heavy phone use may be linked to poorer sleep in teenagers, researchers said.",
            "Heavy phone use causes poorer sleep in teenagers, researchers said.",
            [("hedge_removed", "may be linked to", "causes")],
            id="an_association_stated_as_a_cause",
        ),
        pytest.param(
            "Heavy phone use is associated with poorer sleep, researchers said.",
            "Heavy phone use could lead to poorer sleep, researchers said.",
            [],
            id="a_possible_cause_is_no_cause_stated",
        ),
        pytest.param(
            "A new study suggests the chemical may be linked to kidney disease.",
            "A new study does not prove the chemical causes kidney disease.",
            [("negation_added", "", "not")],
            id="a_proof_denied_is_no_certainty",
        ),
        pytest.param(
            "Heavy phone use may be linked to poorer sleep, researchers said.",
            "Researchers found no evidence that heavy phone use causes poorer sleep.",
            [("hedge_added", "", "no evidence")],
            id="a_cause_denied_is_no_certainty",
        ),
        pytest.param(
            "Between 9% and 14% of drivers stopped had been drinking.",
            "Nearly 14% of drivers stopped had been drinking.",
            [("estimate_changed", "Between 9% and 14%", "nearly 14%")],
            id="a_range_told_as_its_top_end",
        ),
        pytest.param(
            "Police said 200-300 people joined the march.",
            "Police said 300 people joined the march.",
            [("estimate_changed", "200-300", "300")],
            id="a_range_told_as_an_exact_number",
        ),
        pytest.param(
            "The share of drivers who had been drinking rose from 9% to 14%.",
            "The share of drivers who had been drinking rose to 14%.",
            [("number_removed", "9% to 14%", "")],
            id="a_change_from_one_number_to_another_is_no_range",
        ),
        pytest.param(
            "Repairs may cost the city up to £340 million.",
            "Repairs may cost the city nearly £350 million.",
            [("number_rounded", "up to £340 million", "nearly £350 million")],
            id="a_bound_rounded_by_other_words",
        ),
        pytest.param(
            "Repairs may cost the city £340 million.",
            "Repairs may cost the city nearly £350 million.",
            [("number_rounded", "£340 million", "nearly £350 million")],
            id="an_exact_number_rounded",
        ),
        pytest.param(
            "Repairs may cost the city up to £340 million.",
            "Repairs may cost the city up to £350 million.",
            [("number_changed", "£340 million", "£350 million")],
            id="a_bound_changed_is_no_rounding",
        ),
    ],
)
def test_certainty_raised_or_lowered_is_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A tentative finding told as proof, a link told as a cause and a range told as one of its
    ends are named, and read the other way round they mirror; a picture's or a poll's "shows"
    and a proof under a modal are none, and a bound rounded is one kind whichever bound it had."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    assert [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)] == expected


def test_certainty_raised_reads_no_stated_phrases_where_neither_side_is_tentative(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every aligned pair is asked whether a tentative claim was told as established: where
    neither sentence writes a tentative phrase, what the other states is not read."""

    def refuse(*_: object) -> None:
        raise AssertionError("read the stated phrases of a pair with no tentative phrase")

    monkeypatch.setattr(compare.framing, "_stated_uses", refuse)
    notes = framing_notes(
        "Ferry crews said the harbour levy caused delays at the Tarrow terminal.",
        "Ferry crews claimed the harbour levy caused delays at the Tarrow terminal.",
    )
    assert [(n.kind.value, n.a, n.b) for n in notes] == [("attribution_verb", "said", "claimed")]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Das Feuer sei gegen 22 Uhr ausgebrochen, sagte ein Sprecher der Feuerwehr.",
            "Das Feuer sei gegen 22 Uhr ausgebrochen, behauptete ein Sprecher der Feuerwehr.",
            [("attribution_verb", "sagte", "behauptete")],
            id="german_said_to_claimed",
        ),
        pytest.param(
            "Die Polizei schließt Brandstiftung nicht aus.",
            "Die Polizei schließt angeblich Brandstiftung nicht aus.",
            [("hedge_added", "", "angeblich")],
            id="german_hedge_added",
        ),
        pytest.param(
            "Laut Polizei wurde bei dem Brand niemand verletzt.",
            "Bei dem Brand wurde niemand verletzt.",
            [("attribution_removed", "Laut Polizei", "")],
            id="german_source_dropped",
        ),
        pytest.param(
            "Viele Schulen seien am Limit, sagte der Landrat.",
            "Viele Schulen seien am Limit, klagte der Landrat.",
            [("attribution_verb", "sagte", "klagte")],
            id="german_said_to_complained",
        ),
        pytest.param(
            "\u201eDas ist ein Affront\u201c, sagte der Betriebsratschef.",
            "\u201eDas ist ein Affront\u201c, polterte der Betriebsratschef.",
            [("attribution_verb", "sagte", "polterte")],
            id="german_said_to_blustered",
        ),
        pytest.param(
            "Pendler m\u00fcssen sich auf volle Busse einstellen.",
            "Pendler m\u00fcssen sich wohl auf volle Busse einstellen.",
            [("hedge_added", "", "wohl")],
            id="german_wohl_hedges",
        ),
        pytest.param(
            "Die Senioren sollen sich im neuen Heim f\u00fchlen.",
            "Die Senioren sollen sich im neuen Heim wohl f\u00fchlen.",
            [],
            id="german_wohl_of_well_being_hedges_nothing",
        ),
        pytest.param(
            "Es gehe um das Kindeswohl, sagte die Richterin.",
            "Es gehe um das Wohl der Kinder, sagte die Richterin.",
            [],
            id="german_wohl_of_the_common_good_hedges_nothing",
        ),
        pytest.param(
            "Heiz\u00f6l war im Januar 2,4 Prozent billiger als ein Jahr zuvor.",
            "Heiz\u00f6l war im Januar 2,4 Prozent teurer als ein Jahr zuvor.",
            [("direction_reversed", "billiger", "teurer")],
            id="german_cheaper_to_dearer",
        ),
        pytest.param(
            "Der Senat legte am Dienstag seine Reform der Kita-Geb\u00fchren vor.",
            "Der Senat legte am Dienstag seinen Kahlschlag bei den Kita-Geb\u00fchren vor.",
            [("loaded_term_added", "", "kahlschlag")],
            id="german_reform_called_clear_felling",
        ),
        pytest.param(
            "Die Gewerkschaft ruft f\u00fcr Freitag zum Warnstreik im Nahverkehr auf.",
            "Die Gewerkschaft ruft f\u00fcr Freitag zum Streik-Chaos im Nahverkehr auf.",
            [("loaded_term_added", "", "streik-chaos")],
            id="german_warning_strike_called_chaos",
        ),
        pytest.param(
            "Der Landkreis nahm im Herbst 300 Fl\u00fcchtlinge auf.",
            "Der Landkreis nahm im Herbst 300 Migranten auf.",
            [("loaded_term", "fl\u00fcchtlinge", "migranten")],
            id="german_refugees_called_migrants",
        ),
        pytest.param(
            "Le trafic sera perturbé mardi, a déclaré lundi la direction de la SNCF.",
            "Le trafic sera perturbé mardi, a affirmé lundi la direction de la SNCF.",
            [("attribution_verb", "déclaré", "affirmé")],
            id="french_declared_to_asserted",
        ),
        pytest.param(
            "Selon les syndicats, plus de 30 000 cheminots feront grève.",
            "Plus de 30 000 cheminots feront grève.",
            [("attribution_removed", "Selon les syndicats", "")],
            id="french_source_dropped",
        ),
        pytest.param(
            "Le suspect aurait mis le feu à l'entrepôt.",
            "Le suspect a mis le feu à l'entrepôt.",
            [("hedge_removed", "aurait", "")],
            id="french_reported_conditional_dropped",
        ),
        pytest.param(
            "El fuego ha calcinado unas 800 hectáreas, dijo el portavoz del Gobierno.",
            "El fuego ha calcinado unas 800 hectáreas, aseguró el portavoz del Gobierno.",
            [("attribution_verb", "dijo", "aseguró")],
            id="spanish_said_to_assured",
        ),
        pytest.param(
            "Un vecino de 52 años fue detenido, presuntamente por provocar el incendio.",
            "Un vecino de 52 años fue detenido por provocar el incendio.",
            [("hedge_removed", "presuntamente", "")],
            id="spanish_hedge_dropped",
        ),
        pytest.param(
            "Según la policía, nadie resultó herido en el incendio.",
            "Nadie resultó herido en el incendio.",
            [("attribution_removed", "Según la policía", "")],
            id="spanish_source_dropped",
        ),
        pytest.param(
            "Según la policía, la mujer huyó a pie hacia el puerto.",
            "La mujer huyó a pie hacia el puerto.",
            [("attribution_removed", "Según la policía", "")],
            id="spanish_source_dropped_its_article_written_again",
        ),
        pytest.param(
            "Selon la police, le voleur a pris la fuite.",
            "Le voleur a pris la fuite.",
            [("attribution_removed", "Selon la police", "")],
            id="french_source_dropped_its_article_written_again",
        ),
    ],
)
def test_german_french_and_spanish_framing_words_are_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Attribution verbs, hedges and attributing phrases of German, French and Spanish wire copy
    are named as English ones are: "sagte" becoming "behauptete", "klagte" or "polterte",
    "angeblich" or a hedging "wohl" added (not the "wohl" of "sich wohl f\u00fchlen" or "das Wohl
    der Kinder"), German loaded terms and directions ("billiger" against "teurer"), "Selon les
    syndicats," dropped."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Segundo dados provisórios, já arderam aprox. 3.200 hectares no concelho.",
            "Segundo dados provisórios, já arderam 5.000 hectares no concelho.",
            [
                ("number_changed", "3.200 hectares", "5.000 hectares"),
                ("estimate_changed", "aprox", ""),
            ],
            id="portuguese_approx_dropped",
        ),
        pytest.param(
            "Le Cher compte env. 2 300 exploitations agricoles, selon la chambre.",
            "Le Cher compte 2 300 exploitations agricoles, selon la chambre.",
            [("estimate_changed", "env", "")],
            id="french_approx_dropped",
        ),
        pytest.param(
            "A estrada nacional n.º 120 está cortada entre Odemira e Sabóia.",
            "A EN120 está cortada entre Odemira e Sabóia.",
            [],
            id="a_road_named_by_its_code",
        ),
        pytest.param(
            "The fire destroyed 120 homes near the A120.",
            "The fire destroyed homes near the A120.",
            [("number_removed", "120", "")],
            id="a_count_beside_a_code_both_write",
        ),
        pytest.param(
            "The air force will receive 35 new jets this year, the ministry said.",
            "The air force will receive 12 new F-35 jets this year, the ministry said.",
            [("number_changed", "35", "12")],
            id="a_count_the_other_writes_in_a_code",
        ),
    ],
)
def test_an_estimate_abbreviated_and_a_number_in_a_code_are_read(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """An estimate's abbreviation ("aprox.", "env.") dropped states the figure as exact, and a
    road named by its code ("EN120") carries the number of "estrada nacional n.º 120", but a
    count of jets is no number of the code of "F-35 jets"."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Según el secretario de Estado, las obras podrían estar terminadas en 2027.",
            "Según el secretario de Estado, las obras estarán terminadas en 2027.",
            [("hedge_removed", "podrían", "")],
            id="spanish_could_dropped",
        ),
        pytest.param(
            "Puede que el embalse de Sau quede por debajo del 10 % en abril.",
            "El embalse de Sau quedará por debajo del 10 % en abril.",
            [("hedge_removed", "puede que", "")],
            id="spanish_it_may_be_dropped",
        ),
        pytest.param(
            "Ein einziger Streiktag könnte die Volkswirtschaft 100 Millionen Euro kosten.",
            "Ein einziger Streiktag kostet die Volkswirtschaft 100 Millionen Euro.",
            [("hedge_removed", "könnte", "")],
            id="german_could_dropped",
        ),
        pytest.param(
            "Der Fernverkehr dürfte am Freitag wieder weitgehend normal laufen.",
            "Der Fernverkehr läuft am Freitag wieder weitgehend normal.",
            [("hedge_removed", "dürfte", "")],
            id="german_is_likely_to_dropped",
        ),
    ],
)
def test_spanish_and_german_modals_of_possibility_are_hedges(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Spanish "podría" and "puede que" and German "könnte" and "dürfte" hedge a claim as English
    "could" does: a copy that states it as certain drops the hedge."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "El hospital puede atender a 40 pacientes más esta semana.",
            "El hospital atiende a 40 pacientes más esta semana.",
            id="spanish_can",
        ),
        pytest.param(
            "El director dijo que el hospital no podría atender a más pacientes.",
            "El director dijo que el hospital no pudo atender a más pacientes.",
            id="spanish_would_not_be_able_to",
        ),
        pytest.param(
            "Der Zug kann ab Montag wieder fahren, sagte ein Sprecher.",
            "Der Zug fährt ab Montag wieder, sagte ein Sprecher.",
            id="german_can",
        ),
        pytest.param(
            "Las obras podrían estar terminadas en 2027.",
            "Las obras posiblemente estarán terminadas en 2027.",
            id="spanish_could_as_possibly",
        ),
        pytest.param(
            "Der Streik könnte bis Freitag dauern.",
            "Der Streik dauert möglicherweise bis Freitag.",
            id="german_could_as_possibly",
        ),
    ],
)
def test_spanish_and_german_modals_of_ability_hedge_nothing(a: str, b: str) -> None:
    """What one can do ("puede", "kann") or would not be able to do ("no podría") hedges no
    claim, and "podría" for "posiblemente" or "könnte" for "möglicherweise" keeps the hedge."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Das Feuer sei gegen 22 Uhr ausgebrochen, sagte ein Sprecher der Feuerwehr.",
            "Das Feuer sei gegen 22 Uhr ausgebrochen, erklärte ein Sprecher der Feuerwehr.",
            id="german_neutral_verbs",
        ),
        pytest.param(
            "Der Sprecher behauptete, das Feuer sei gelegt worden.",
            "Die Sprecher behaupteten, das Feuer sei gelegt worden.",
            id="german_forms_of_one_claim",
        ),
        pytest.param(
            "Le trafic sera perturbé mardi, a dit la direction de la SNCF.",
            "Le trafic sera perturbé mardi, a indiqué la direction de la SNCF.",
            id="french_neutral_verbs",
        ),
        pytest.param(
            "Selon les syndicats, la grève sera reconduite jeudi.",
            "Selon les syndicats, la grève devrait être reconduite jeudi.",
            id="french_source_kept",
        ),
        pytest.param(
            "El alcalde dijo que el fuego está controlado.",
            "El alcalde declaró que el fuego está controlado.",
            id="spanish_neutral_verbs",
        ),
        pytest.param(
            "Un hombre fue detenido, presuntamente como autor del incendio.",
            "Un hombre fue detenido como presunto autor del incendio.",
            id="spanish_hedge_as_its_adjective",
        ),
        pytest.param(
            "Los bomberos aseguraron que el fuego está controlado.",
            "El portavoz asegura que el fuego está controlado.",
            id="spanish_forms_of_one_claim",
        ),
    ],
)
def test_german_french_and_spanish_framing_words_kept_are_no_change(a: str, b: str) -> None:
    """A neutral verb for another ("sagte", "erklärte"), a claim's verb in another form, a
    source both versions cite and a hedge as its adjective ("presuntamente", "presunto") frame
    nothing."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Tres reporteros fueron golpeados por agentes en Rosario, dijo el sindicato de prensa.",
            "Tres reporteros fueron golpeados por agentes en Rosario, denunció el sindicato de "
            "prensa.",
            [("attribution_verb", "dijo", "denunció")],
            id="said_become_alleged",
        ),
        pytest.param(
            "La ONG dijo que el alcalde recibió pagos de una constructora en 2023.",
            "La ONG reveló que el alcalde recibió pagos de una constructora en 2023.",
            [("attribution_verb", "dijo", "reveló")],
            id="said_become_revealed",
        ),
        pytest.param(
            "El detenido dijo a los agentes que robó el camión en Toluca.",
            "El detenido confesó a los agentes que robó el camión en Toluca.",
            [("attribution_verb", "dijo", "confesó")],
            id="said_become_confessed",
        ),
        pytest.param(
            "La alcaldesa dijo que el puerto seguirá cerrado hasta el lunes.",
            "La alcaldesa lamentó que el puerto seguirá cerrado hasta el lunes.",
            [("attribution_verb", "dijo", "lamentó")],
            id="said_become_lamented",
        ),
        pytest.param(
            "Protección Civil informó que el río podría desbordarse esta noche.",
            "Protección Civil alertó que el río podría desbordarse esta noche.",
            [("attribution_verb", "informó", "alertó")],
            id="reported_become_warned",
        ),
        pytest.param(
            "«No vamos a parar hasta llegar a cada pueblo», dijo el jefe de Defensa Civil.",
            "«No vamos a parar hasta llegar a cada pueblo», prometió el jefe de Defensa Civil.",
            [("attribution_verb", "dijo", "prometió")],
            id="said_become_promised",
        ),
        pytest.param(
            "El sindicato de prensa denunció que seis fotógrafos fueron agredidos en la marcha.",
            "Seis fotógrafos fueron agredidos en la marcha.",
            [("attribution_removed", "El sindicato de prensa denunció", "")],
            id="an_allegation_stated_as_fact",
        ),
        pytest.param(
            "Un agente resultó herido en el desalojo, reportó la Fiscalía de Jalisco.",
            "Un agente resultó herido en el desalojo.",
            [("attribution_removed", "reportó la Fiscalía de Jalisco", "")],
            id="a_report_stated_as_fact",
        ),
    ],
)
def test_spanish_verbs_of_alleging_revealing_and_reporting_are_verbs_of_saying(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Denunció", "reveló", "confesó", "lamentó" and "alertó" lend a speaker more or less
    credence than "dijo" does, and dropping one, or "reportó", states the claim as fact."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "El ministerio dijo que la autopista abrirá en junio.",
            "El ministerio anunció que la autopista abrirá en junio.",
            id="said_and_announced",
        ),
        pytest.param(
            "La Cruz Roja dijo que 40 familias fueron evacuadas.",
            "La Cruz Roja reportó que 40 familias fueron evacuadas.",
            id="said_and_reported",
        ),
        pytest.param(
            "La empresa explicó que el apagón duró tres horas.",
            "La empresa detalló que el apagón duró tres horas.",
            id="explained_and_detailed",
        ),
        pytest.param(
            "El gremio denunció que hubo despidos en la planta.",
            "Los gremios denunciaron que hubo despidos en la planta.",
            id="forms_of_one_allegation",
        ),
    ],
)
def test_spanish_verbs_that_lend_what_said_does_are_no_change(a: str, b: str) -> None:
    """ "Anunció", "reportó", "explicó" and "detalló" lend the speaker what "dijo" does, and
    "denunció" and "denunciaron" are one verb: swapping them frames nothing."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "La ministra dijo que los manifestantes cortaron la avenida frente al Congreso.",
            "La ministra dijo que los vándalos cortaron la avenida frente al Congreso.",
            [("loaded_term", "manifestantes", "vándalos")],
            id="protesters_called_vandals",
        ),
        pytest.param(
            "El Gobierno de Daniel Ortega no ha respondido a las críticas.",
            "El régimen de Daniel Ortega no ha respondido a las críticas.",
            [("loaded_term", "gobierno", "régimen")],
            id="a_government_called_a_regime",
        ),
        pytest.param(
            "El Gobierno de Daniel Ortega no ha respondido a las críticas.",
            "La dictadura de Daniel Ortega no ha respondido a las críticas.",
            [("loaded_term", "gobierno", "dictadura")],
            id="a_government_called_a_dictatorship",
        ),
        pytest.param(
            "La policía detuvo el lunes a un reportero de radio en Managua.",
            "La policía secuestró el lunes a un reportero de radio en Managua.",
            [("loaded_term", "detuvo", "secuestró")],
            id="an_arrest_called_a_kidnapping",
        ),
        pytest.param(
            "Ya son nueve los periodistas detenidos en el país.",
            "Ya son nueve los periodistas encarcelados en el país.",
            [("loaded_term", "detenidos", "encarcelados")],
            id="the_detained_called_jailed",
        ),
        pytest.param(
            "Un grupo de jóvenes lanzó piedras contra la comisaría.",
            "Un grupo de terroristas lanzó piedras contra la comisaría.",
            [("loaded_term_added", "", "terroristas")],
            id="youths_called_terrorists",
        ),
    ],
)
def test_spanish_loaded_terms_are_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A Spanish loaded term is named, and one in place of its plain word ("manifestantes" and
    "vándalos", "Gobierno" and "régimen", "detuvo" and "secuestró") as a change."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Unos 2.000 migrantes llegaron a Ciudad Juárez durante el fin de semana.",
            "Unos 2.000 ilegales llegaron a Ciudad Juárez durante el fin de semana.",
            [("loaded_term", "migrantes", "ilegales")],
            id="migrants_called_illegals",
        ),
        pytest.param(
            "La provincia confirmó un recorte de 800 millones en el presupuesto de salud.",
            "La provincia confirmó un ajuste de 800 millones en el presupuesto de salud.",
            [("loaded_term", "recorte", "ajuste")],
            id="a_cut_called_an_austerity_adjustment",
        ),
        pytest.param(
            "La aduana secuestró 40 armas ilegales en el puerto de Manzanillo.",
            "La aduana secuestró 40 armas en el puerto de Manzanillo.",
            [],
            id="illegal_weapons_are_plain",
        ),
        pytest.param(
            "La liga anunció un ajuste de horarios para la fecha del domingo.",
            "La liga anunció un cambio de horarios para la fecha del domingo.",
            [],
            id="a_timetable_adjustment_is_plain",
        ),
    ],
)
def test_spanish_words_loaded_in_place_of_migrants_or_a_cut_are_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Ilegales" for "migrantes" and "ajuste" for "recorte" are loaded terms changed; either
    word alone ("armas ilegales", "un ajuste de horarios") is plain."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.usefixtures("package_terms_after")
def test_a_spanish_term_added_in_place_of_its_plain_word_is_named_as_changed() -> None:
    """A loaded term a user adds, written where the other version writes the plain word it
    brands ("migrantes"), is named as that word changed, not as a term added."""
    use_terms(AddedTerms(loaded_terms=("indocumentados", "ilegales")))
    notes = framing_notes(
        "Unos 2.000 migrantes llegaron a Ciudad Juárez durante el fin de semana.",
        "Unos 2.000 ilegales llegaron a Ciudad Juárez durante el fin de semana.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [("loaded_term", "migrantes", "ilegales")]


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        pytest.param(
            "Según versiones de prensa, el intendente renunció el viernes.",
            "según versiones",
            id="according_to_press_reports",
        ),
        pytest.param(
            "El intendente renunció el viernes, según trascendió.",
            "según trascendió",
            id="it_emerged",
        ),
    ],
)
def test_spanish_reports_of_no_one_are_hedges(b: str, expected: str) -> None:
    """ "Según versiones" and "según trascendió" cite no one, as "according to reports" does: a
    hedge added."""
    notes = framing_notes("El intendente renunció el viernes.", b)
    assert [(n.kind, n.a, n.b) for n in notes] == [("hedge_added", "", expected)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "La Policía dijo que 12 personas fueron detenidas tras los disturbios en el centro.",
            "Según fuentes policiales, 12 personas habrían sido detenidas tras los disturbios en"
            " el centro.",
            [
                ("hedge_added", "", "habrían"),
                ("attribution_source_changed", "Policía", "fuentes policiales"),
            ],
            id="police_told_as_police_sources",
        ),
        pytest.param(
            "La Fiscalía informó que el sospechoso fue trasladado a Bogotá.",
            "Fuentes judiciales informaron que el sospechoso fue trasladado a Bogotá.",
            [("attribution_source_changed", "Fiscalía", "Fuentes judiciales")],
            id="prosecutors_told_as_judicial_sources",
        ),
        pytest.param(
            "La Policía dijo que 12 personas fueron detenidas tras los disturbios en el centro.",
            "Según la Policía, 12 personas fueron detenidas tras los disturbios en el centro.",
            [],
            id="the_same_body_cited_otherwise",
        ),
    ],
)
def test_a_body_on_the_record_told_as_anonymous_spanish_sources_changes_the_source(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A body that spoke on the record ("La Policía dijo") told as its anonymous sources ("según
    fuentes policiales") is the source changed, as English "the United Nations" against
    "sources" is: the claim still attributed, now to no one who stands by it."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Un comando armado secuestró a un empresario en Culiacán.",
            "Hombres armados secuestraron a un empresario en Culiacán.",
            id="a_gangs_kidnapping_in_two_forms",
        ),
        pytest.param(
            "Los juicios por la última dictadura se reanudan en marzo.",
            "Los juicios se reanudan en marzo.",
            id="a_countrys_past_named_plainly",
        ),
        pytest.param(
            "La policía detuvo a 40 manifestantes frente al Congreso.",
            "40 manifestantes fueron detenidos frente al Congreso.",
            id="one_plain_word_for_another",
        ),
        pytest.param(
            "El Senado aprobó el régimen fiscal para las cooperativas.",
            "El Senado aprobó un régimen fiscal para las cooperativas.",
            id="a_fiscal_system",
        ),
        pytest.param(
            "El preso cumple su condena en régimen abierto.",
            "El preso cumple su condena en régimen de semilibertad.",
            id="a_prison_system",
        ),
        pytest.param(
            "El régimen de Ortega expulsó a los observadores.",
            "Los regímenes de Ortega expulsaron a los observadores.",
            id="forms_of_one_loaded_term",
        ),
    ],
)
def test_spanish_words_loaded_only_in_place_of_the_plain_word_are_plain_alone(
    a: str, b: str
) -> None:
    """ "Secuestró" of a gang, "dictadura" of a country's past, "régimen" of a system and one
    plain word for another ("detuvo", "detenidos") are no loaded term, and two forms of one are
    one."""
    assert framing_notes(a, b) == ()


def test_a_spanish_profile_lists_its_allegations_sources_and_loaded_terms() -> None:
    """A Spanish article's profile lists "denunció" among its verbs of saying, the bodies that
    allege by their short names, and its loaded terms, not the words loaded only in place of a
    plain one."""
    text = (
        "El régimen de Ortega secuestró a dos periodistas en Managua, denunció la Asociación "
        "de Periodistas de Nicaragua (APN). El Sindicato de Prensa de León (Siprel) denunció que "
        "otros tres reporteros fueron detenidos. El Gobierno no ha comentado las detenciones."
    )
    doc = document(text, "a")
    profile = framing_profile(doc, segment(doc))
    assert profile.attribution_verbs == (("denunció", 2),)
    assert profile.cited_sources == ("APN", "Siprel")
    assert profile.loaded_terms == ("régimen",)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Zwei Feuerwehrleute wurden leicht verletzt, teilte die Stadtverwaltung am Abend mit.",
            "Zwei Feuerwehrleute wurden leicht verletzt.",
            [("attribution_removed", "teilte die Stadtverwaltung am Abend mit", "")],
            id="german_separable_said_dropped",
        ),
        pytest.param(
            "Der Bürgermeister räumte ein, dass die Warnung zu spät kam.",
            "Der Bürgermeister sagte, dass die Warnung zu spät kam.",
            [("attribution_verb", "räumte ein", "sagte")],
            id="german_separable_admitted_to_said",
        ),
        pytest.param(
            "Der Betreiber gab zu, dass die Sprinkleranlage defekt war.",
            "Der Betreiber sagte, dass die Sprinkleranlage defekt war.",
            [("attribution_verb", "gab zu", "sagte")],
            id="german_separable_conceded_to_said",
        ),
        pytest.param(
            "Der Betreiber bestritt, dass die Sprinkleranlage defekt war.",
            "Der Betreiber sagte, dass die Sprinkleranlage defekt war.",
            [("attribution_verb", "bestritt", "sagte")],
            id="german_denied_to_said",
        ),
        pytest.param(
            "Der Landrat hat behauptet, die Deiche seien sicher.",
            "Der Landrat hat gesagt, die Deiche seien sicher.",
            [("attribution_verb", "behauptet", "gesagt")],
            id="german_perfect_claimed_to_said",
        ),
        pytest.param(
            "Le maire a déclaré que l'école rouvrirait lundi.",
            "Le maire a prétendu que l'école rouvrirait lundi.",
            [("attribution_verb", "déclaré", "prétendu")],
            id="french_perfect_declared_to_claimed",
        ),
        pytest.param(
            "Le maire a reconnu que l'alerte avait été donnée trop tard.",
            "Le maire a dit que l'alerte avait été donnée trop tard.",
            [("attribution_verb", "reconnu", "dit")],
            id="french_perfect_admitted_to_said",
        ),
        pytest.param(
            "Le gérant a été placé en garde à vue, a précisé le parquet.",
            "Le gérant a été placé en garde à vue.",
            [("attribution_removed", "a précisé le parquet", "")],
            id="french_perfect_incise_dropped",
        ),
    ],
)
def test_german_and_french_verbs_of_saying_in_their_news_forms_are_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """The forms news writes its verbs of saying in most are read: a German separable verb whose
    particle ends its clause ("teilte ... mit", "räumte ... ein", "gab ... zu"), "bestritt"
    before the clause it denies, the German perfect ("hat gesagt") and the French one ("a
    prétendu", "a reconnu"), whose "a" is no speaker ("..., a précisé le parquet")."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Der Bauer teilte das Brot mit seinem Nachbarn.",
            "Der Bauer aß das Brot mit seinem Nachbarn.",
            id="german_shared",
        ),
        pytest.param(
            "Die Lehrerin gab ihm das Buch zurück, bevor der Unterricht begann.",
            "Die Lehrerin gab ihm das Heft zurück, bevor der Unterricht begann.",
            id="german_gave",
        ),
        pytest.param(
            "Der Verein bestritt das Finale ohne seinen Kapitän.",
            "Der Verein spielte das Finale ohne seinen Kapitän.",
            id="german_played_a_match",
        ),
        pytest.param(
            "Le prétendu complot visait la préfecture.",
            "Le complot visait la préfecture.",
            id="french_so_called",
        ),
        pytest.param(
            "Il a été reconnu coupable de fraude fiscale.",
            "Il a été jugé coupable de fraude fiscale.",
            id="french_found_guilty",
        ),
        pytest.param(
            "Die Stadtverwaltung teilte am Abend mit, die Straße sei wieder frei.",
            "Die Stadtverwaltung erklärte am Abend, die Straße sei wieder frei.",
            id="german_separable_neutral_verbs",
        ),
        pytest.param(
            "Zwei Feuerwehrleute wurden verletzt, teilte die Stadtverwaltung mit.",
            "Die Stadtverwaltung: Zwei Feuerwehrleute wurden verletzt.",
            id="german_separable_speaker_kept",
        ),
    ],
)
def test_german_and_french_words_that_say_nothing_are_no_verbs_of_saying(a: str, b: str) -> None:
    """ "Teilte" and "gab" without their particle at the clause's end share and give, "bestritt"
    before its object plays a match, and "prétendu" and "reconnu" but after "a" are
    adjectives; "teilte ... mit" stands in for "erklärte", and whom it cites, kept, keeps the
    claim attributed."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Coastguards boarded a cargo ship, claiming without evidence that it cut the cable.",
            "Coastguards boarded a cargo ship that cut the cable, the navy said.",
            [("attribution_verb", "claiming", "said"), ("hedge_removed", "without evidence", "")],
            id="claiming_against_said",
        ),
        pytest.param(
            "Coastguards boarded a cargo ship, claiming that it cut the cable.",
            "Coastguards boarded a cargo ship, saying that it cut the cable.",
            [("attribution_verb", "claiming", "saying")],
            id="claiming_against_saying",
        ),
        pytest.param(
            "The mayor closed the bridge, alleging the contractor had skipped inspections.",
            "The mayor closed the bridge, noting the contractor had skipped inspections.",
            [("attribution_verb", "alleging", "noting")],
            id="alleging_against_noting_without_that",
        ),
        pytest.param(
            "Coastguards boarded a cargo ship, saying in a statement that it cut the cable.",
            "Coastguards boarded a cargo ship, which cut the cable.",
            [("attribution_removed", "saying", "")],
            id="saying_dropped",
        ),
        pytest.param(
            'The union called a strike, insisting: "We were given no choice."',
            'The union called a strike, arguing: "We were given no choice."',
            [("attribution_verb", "insisting", "arguing")],
            id="insisting_against_arguing_before_a_quotation",
        ),
    ],
)
def test_english_ing_forms_of_saying_are_verbs_of_saying(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """An "-ing" form of saying that opens the clause it reports ("claiming that", "saying in a
    statement that", "alleging the contractor had") attributes it as "said" does, and after a
    comma names no speaker with the claim that follows it."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The visitors won the cup, adding a third goal late in the game.",
            "The visitors won the cup, scoring a third goal late in the game.",
            id="adding_a_goal",
        ),
        pytest.param(
            "The Kenyan runner set a record, claiming the title in Berlin.",
            "The Kenyan runner set a record, taking the title in Berlin.",
            id="claiming_a_title",
        ),
        pytest.param(
            "Residents met the council, insisting on changes to the flood plan.",
            "Residents met the council, pressing for changes to the flood plan.",
            id="insisting_on_a_thing",
        ),
    ],
)
def test_english_ing_forms_before_a_thing_are_no_verbs_of_saying(a: str, b: str) -> None:
    """ "Adding", "claiming" and "insisting" before a thing, not a clause, report nothing: a
    goal added or a title claimed is no statement."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Le conducteur n'aurait pas été blessé lors de la collision.",
            "Le conducteur n'a pas été blessé lors de la collision.",
            [("hedge_removed", "aurait", "")],
            id="french_hearsay_conditional_negated",
        ),
        pytest.param(
            "Si la pluie avait cessé, le match aurait eu lieu samedi.",
            "Si la pluie avait cessé, le match a eu lieu samedi.",
            [],
            id="french_conditional_after_an_if_clause",
        ),
        pytest.param(
            "S'il avait plu, la finale aurait été reportée à dimanche.",
            "S'il avait plu, la finale a été reportée à dimanche.",
            [],
            id="french_conditional_after_s_il",
        ),
        pytest.param(
            "Si Bruxelles avait refusé, l'accord aurait échoué en juin.",
            "Si Bruxelles avait refusé, l'accord a échoué en juin.",
            [],
            id="french_conditional_after_an_if_clause_on_a_name",
        ),
        pytest.param(
            "Le conducteur, qui roulait si vite, aurait percuté un arbre.",
            "Le conducteur, qui roulait si vite, a percuté un arbre.",
            [("hedge_removed", "aurait", "")],
            id="french_hearsay_after_si_of_degree",
        ),
        pytest.param(
            "L'incendie s'est propagé si rapidement que les pompiers auraient été débordés.",
            "L'incendie s'est propagé si rapidement que les pompiers ont été débordés.",
            [("hedge_removed", "auraient", "")],
            id="french_hearsay_after_si_rapidement",
        ),
        pytest.param(
            "L'accident, si grave qu'il a fermé l'A7, serait dû à une erreur de signalisation.",
            "L'accident, si grave qu'il a fermé l'A7, est dû à une erreur de signalisation.",
            [("hedge_removed", "serait", "")],
            id="french_hearsay_after_si_grave",
        ),
        pytest.param(
            "La préfecture aurait dû fermer la route avant la tempête.",
            "La préfecture a fermé la route avant la tempête.",
            [],
            id="french_should_have",
        ),
        pytest.param(
            "Le maire aurait pu éviter la fermeture de l'usine.",
            "Le maire a évité la fermeture de l'usine.",
            [],
            id="french_could_have",
        ),
        pytest.param(
            "Le suspect serait en fuite depuis samedi.",
            "Le suspect est en fuite depuis samedi.",
            [("hedge_removed", "serait", "")],
            id="french_hearsay_conditional_without_a_participle",
        ),
        pytest.param(
            "L'accident serait dû à une erreur de signalisation.",
            "L'accident est dû à une erreur de signalisation.",
            [("hedge_removed", "serait", "")],
            id="french_hearsay_due_to",
        ),
        pytest.param(
            "Der Kassierer soll 40.000 Euro aus dem Tresor gestohlen haben.",
            "Der Kassierer hat 40.000 Euro aus dem Tresor gestohlen.",
            [("hedge_removed", "soll", "")],
            id="german_hearsay_soll_haben",
        ),
        pytest.param(
            "Die Täter sollen mit einem Motorrad geflohen sein.",
            "Die Täter sind mit einem Motorrad geflohen.",
            [("hedge_removed", "sollen", "")],
            id="german_hearsay_sollen_sein",
        ),
        pytest.param(
            "Der Mann, der den Brand gelegt haben soll, wurde festgenommen.",
            "Der Mann, der den Brand gelegt hat, wurde festgenommen.",
            [("hedge_removed", "soll", "")],
            id="german_hearsay_in_a_relative_clause",
        ),
        pytest.param(
            "Der Kassierer soll 40.000 Euro aus dem Tresor gestohlen haben.",
            "Der Kassierer hat angeblich 40.000 Euro aus dem Tresor gestohlen.",
            [],
            id="german_hearsay_as_allegedly",
        ),
        pytest.param(
            "Der Zeuge soll am Montag vor Gericht aussagen.",
            "Der Zeuge wird am Montag vor Gericht aussagen.",
            [],
            id="german_soll_of_a_duty",
        ),
        pytest.param(
            "Der Fahrer soll nach dem Unfall zu Fuß geflüchtet sein.",
            "Der Fahrer ist nach dem Unfall zu Fuß geflüchtet.",
            [("hedge_removed", "soll", "")],
            id="german_hearsay_soll_geflüchtet_sein",
        ),
        pytest.param(
            "Der Verdächtige soll in der Tatnacht betrunken gewesen sein.",
            "Der Verdächtige war in der Tatnacht betrunken.",
            [("hedge_removed", "soll", "")],
            id="german_hearsay_soll_gewesen_sein",
        ),
        pytest.param(
            "Der Wachmann soll von einem Querschläger getroffen worden sein.",
            "Der Wachmann wurde von einem Querschläger getroffen.",
            [("hedge_removed", "soll", "")],
            id="german_hearsay_soll_worden_sein",
        ),
        pytest.param(
            "Das Hallenbad soll nach der Sanierung ab Mai wieder geöffnet sein.",
            "Das Hallenbad ist nach der Sanierung ab Mai wieder geöffnet.",
            [],
            id="german_soll_of_a_state_planned",
        ),
        pytest.param(
            "Die Bauarbeiten an der Brücke sollen bis Ende des Jahres abgeschlossen sein.",
            "Die Bauarbeiten an der Brücke sind bis Ende des Jahres abgeschlossen.",
            [],
            id="german_soll_of_a_deadline",
        ),
        pytest.param(
            "Die neue Stadtbahnlinie soll im Mai eröffnet werden.",
            "Die neue Stadtbahnlinie wird im Mai eröffnet.",
            [],
            id="german_soll_of_a_schedule",
        ),
    ],
)
def test_french_and_german_hearsay_is_a_hedge_only_where_it_tells_hearsay(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """The French conditional before a past participle ("n'aurait pas été blessé") or after "si"
    meaning "so" ("si vite", "si grave") and German "soll" with a perfect infinitive ("gestohlen
    haben", "geflüchtet sein", "gewesen sein") tell a claim as hearsay, as "allegedly" does; a
    conditional after an "if" clause ("si la pluie avait cessé", "s'il avait plu"), "aurait dû"
    or "aurait pu" before an infinitive, and the "soll" of a duty, a plan or a schedule ("soll
    ab Mai geöffnet sein", "soll im Mai eröffnet werden") are no hedge."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Le cargo appartiendrait à un armateur établi à Chypre.",
            "Le cargo appartient à un armateur établi à Chypre.",
            [("hedge_removed", "appartiendrait", "")],
            id="french_conditional_of_any_verb",
        ),
        pytest.param(
            "La réparation du câble coûterait douze millions d'euros.",
            "La réparation du câble coûte douze millions d'euros.",
            [("hedge_removed", "coûterait", "")],
            id="french_conditional_in_erait",
        ),
        pytest.param(
            "La grève pourrait s'étendre aux raffineries du Sud.",
            "La grève va s'étendre aux raffineries du Sud.",
            [("hedge_removed", "pourrait", "")],
            id="french_could",
        ),
        pytest.param(
            "Le préfet a annoncé que le tunnel rouvrirait mardi.",
            "Le préfet a annoncé que le tunnel rouvre mardi.",
            [],
            id="french_future_of_a_past_after_que",
        ),
        pytest.param(
            "Si la digue cédait, l'eau atteindrait le centre-ville.",
            "Si la digue cédait, l'eau atteint le centre-ville.",
            [],
            id="french_conditional_after_an_if_clause",
        ),
        pytest.param(
            "La maire voudrait rouvrir la piscine avant l'été.",
            "La maire veut rouvrir la piscine avant l'été.",
            [],
            id="french_wish",
        ),
        pytest.param(
            "Le gardien déclarait chaque soir les entrées du musée.",
            "Le gardien déclare chaque soir les entrées du musée.",
            [],
            id="french_imperfect_in_rait",
        ),
        pytest.param(
            "El carguero habría arrastrado el ancla sobre el cable.",
            "El carguero arrastró el ancla sobre el cable.",
            [("hedge_removed", "habría", "")],
            id="spanish_habria_of_hearsay",
        ),
        pytest.param(
            "El dueño del carguero sería una empresa chipriota.",
            "El dueño del carguero es una empresa chipriota.",
            [("hedge_removed", "sería", "")],
            id="spanish_seria_of_hearsay",
        ),
        pytest.param(
            "Si hubiera nevado, la carrera habría sido suspendida.",
            "Si hubiera nevado, la carrera fue suspendida.",
            [],
            id="spanish_conditional_after_an_if_clause",
        ),
        pytest.param(
            "El alcalde habría podido cerrar la carretera antes.",
            "El alcalde pudo cerrar la carretera antes.",
            [],
            id="spanish_could_have",
        ),
    ],
)
def test_french_and_spanish_conditionals_of_any_verb_are_hearsay(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """The French conditional of any verb in a main clause ("appartiendrait", "coûterait",
    "pourrait") and Spanish "habría" and "sería" tell a claim as hearsay; the future of a past
    after "que", a conditional after an "if" clause, one of a wish ("voudrait"), the imperfect
    "déclarait" and "habría podido" do not."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Der Sprecher gab an, das Feuer sei gegen 22 Uhr gelöscht worden.",
            "Das Feuer sei gegen 22 Uhr gelöscht worden.",
            [("attribution_removed", "Der Sprecher gab an", ""), ("hedge_added", "", "sei")],
            id="german_separable_stated_dropped",
        ),
        pytest.param(
            "Der Konzern wies zurück, dass Kundendaten verkauft worden seien.",
            "Der Konzern sagte, dass Kundendaten verkauft worden seien.",
            [("attribution_verb", "wies zurück", "sagte")],
            id="german_separable_rejected_to_said",
        ),
        pytest.param(
            "Die Ministerin wies die Vorwürfe der Opposition als haltlos zurück.",
            "Die Ministerin sagte, die Vorwürfe der Opposition seien haltlos.",
            [("attribution_verb", "wies zurück", "sagte")],
            id="german_separable_rejected_its_object",
        ),
        pytest.param(
            "Die Ministerin deutete an, dass sie im Herbst zurücktreten werde.",
            "Die Ministerin sagte, dass sie im Herbst zurücktreten werde.",
            [("attribution_verb", "deutete an", "sagte")],
            id="german_separable_hinted_to_said",
        ),
        pytest.param(
            "Der Sprecher gab an, das Feuer sei gegen 22 Uhr gelöscht worden.",
            "Der Sprecher erklärte, das Feuer sei gegen 22 Uhr gelöscht worden.",
            [],
            id="german_separable_stated_for_explained",
        ),
    ],
)
def test_german_separable_verbs_of_stating_rejecting_and_hinting_are_read(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Gab ... an" (stated) is read as a neutral verb of saying, "wies ... zurück" (rejected)
    and "deutete ... an" (hinted) as verbs that weigh the claim, the way "teilte ... mit" is."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Der Radfahrer wurde laut Polizei schwer verletzt.",
            "Der Radfahrer wurde schwer verletzt.",
            [("attribution_removed", "laut Polizei", "")],
            id="german_cue_mid_clause",
        ),
        pytest.param(
            "Laut Polizei wurde der Mann schwer verletzt.",
            "Der Mann wurde schwer verletzt.",
            [("attribution_removed", "Laut Polizei", "")],
            id="german_cue_before_its_verb",
        ),
        pytest.param(
            "Der Radfahrer wurde laut Polizei bei dem Unfall schwer verletzt.",
            "Der Radfahrer wurde bei dem Unfall schwer verletzt.",
            [("attribution_removed", "laut Polizei", "")],
            id="german_cue_before_a_preposition",
        ),
        pytest.param(
            "Laut einem Sprecher der Stadtwerke ist die Leitung wieder dicht.",
            "Die Leitung ist wieder dicht, sagte ein Sprecher der Stadtwerke.",
            [],
            id="german_cue_citing_through_articles",
        ),
        pytest.param(
            "Laut Polizei und Feuerwehr wurde niemand verletzt.",
            "Niemand wurde verletzt, teilte die Feuerwehr mit.",
            [],
            id="german_cue_citing_two_bodies",
        ),
        pytest.param(
            "El conductor huyó según la policía local.",
            "El conductor huyó.",
            [("attribution_removed", "según la policía local", "")],
            id="spanish_cue_mid_clause",
        ),
        pytest.param(
            "Le conducteur a pris la fuite selon la police.",
            "Le conducteur a pris la fuite.",
            [("attribution_removed", "selon la police", "")],
            id="french_cue_mid_clause",
        ),
    ],
)
def test_a_source_cue_inside_its_clause_cites_the_source_after_it(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A cue in the middle of its clause ("wurde laut Polizei verletzt") or before its verb
    ("Laut Polizei wurde der Mann verletzt") cites whom it names, up to the verb or a
    preposition, not the sentence's subject nor the object after it: dropping it states the
    claim as fact, and whom it names with their articles ("laut einem Sprecher der
    Stadtwerke") or with a second body ("laut Polizei und Feuerwehr") is the speaker still."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Il presunto autore dell'incendio è stato arrestato ieri sera.",
            "L'autore dell'incendio è stato arrestato ieri sera.",
            [],
            id="italian_presunto",
        ),
        pytest.param(
            "L'alcalde ha dit que les escoles també romandran tancades.",
            "Les escoles també romandran tancades.",
            [],
            id="catalan_dit",
        ),
        pytest.param(
            "Il presunto autore dell'incendio è stato arrestato con tre complici.",
            "L'autore dell'incendio è stato arrestato con quattro complici.",
            [("number_changed", "tre", "quattro")],
            id="italian_number_still_noted",
        ),
    ],
)
def test_italian_and_catalan_words_are_not_read_as_french_or_spanish(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Italian and Catalan sentences, whose framing words are not listed, have no French or
    Spanish cue noted ("presunto", "dit"); their numbers and quotations still are."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_a_spanish_sentence_naming_a_place_in_portuguese_keeps_its_framing_notes() -> None:
    """A Spanish sentence is told by its share of Spanish words, not by one word another
    language writes in a name ("do Sul", "sul" being Italian's): its hedge still counts."""
    notes = framing_notes(
        "La Policía de Rio Grande do Sul detuvo al presunto autor del incendio, según la Fiscalía.",
        "La Policía de Rio Grande do Sul detuvo al autor del incendio, según la Fiscalía.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [("hedge_removed", "presunto", "")]


def test_an_italian_article_has_no_framing_words_profiled() -> None:
    """An Italian article is in no language whose framing words are listed: its profile names no
    Spanish hedge ("presunto"), only its numbers and sources."""
    text = (
        "Il presunto autore dell'incendio è stato arrestato ieri sera dai carabinieri. "
        "L'uomo, un operaio di 45 anni, è stato ripreso dalle telecamere di sorveglianza."
    )
    doc = document(text, "a")
    profile = framing_profile(doc, segment(doc))
    assert (profile.attribution_verbs, profile.hedges, profile.numbers) == ((), (), ("45",))
    assert not names_framing_of(text)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Russia said Ukraine attacked the convoy near Kharkiv.",
            "Ukraine said Russia attacked the convoy near Kharkiv.",
            ("Russia said: Ukraine", "Ukraine said: Russia"),
            id="speaker_and_actor_swapped",
        ),
        pytest.param(
            "Police said protesters threw stones at officers outside the court.",
            "Protesters said police threw stones at them outside the court.",
            ("Police said: protesters", "Protesters said: police"),
            id="unnamed_speaker_and_actor_swapped",
        ),
        pytest.param(
            "Ukraine attacked the convoy near Kharkiv, Russia said.",
            "Ukraine said Russia attacked the convoy near Kharkiv.",
            ("Russia said: Ukraine", "Ukraine said: Russia"),
            id="speaker_after_the_claim",
        ),
        pytest.param(
            "Russia blamed Kyiv on Monday for the blackout that left Belgorod without power.",
            "Kyiv blamed Russia on Monday for the blackout that left Belgorod without power.",
            ("Russia blamed Kyiv", "Kyiv blamed Russia"),
            id="subject_and_object_swapped",
        ),
        pytest.param(
            "The Kremlin said Kyiv shelled the dam on the Dnipro overnight.",
            "Kyiv said the Kremlin shelled the dam on the Dnipro overnight.",
            ("Kremlin said: Kyiv", "Kyiv said: Kremlin"),
            id="speaker_after_the_opening_the",
        ),
        pytest.param(
            "Mr. Sanchez said Mr. Feijoo lied about the pension figures.",
            "Mr. Feijoo said President Sanchez lied about the pension figures.",
            ("Mr. Sanchez said: Mr. Feijoo", "Mr. Feijoo said: President Sanchez"),
            id="names_with_titles",
        ),
        pytest.param(
            "The U.S. said China ran the hacking campaign against the utilities.",
            "China said the U.S. ran the hacking campaign against the utilities.",
            ("U.S. said: China", "China said: U.S."),
            id="initials_with_stops",
        ),
        pytest.param(
            "Dr. Okafor criticized Dr. Lindqvist",
            "Dr. Lindqvist criticized Dr. Okafor",
            ("Dr. Okafor criticized Dr. Lindqvist", "Dr. Lindqvist criticized Dr. Okafor"),
            id="headline_ending_in_a_name",
        ),
        pytest.param(
            "Russian troops shelled Ukrainian positions near Bakhmut overnight.",
            "Ukrainian troops shelled Russian positions near Bakhmut overnight.",
            ("Russian troops shelled Ukrainian", "Ukrainian troops shelled Russian"),
            id="nationality_adjectives_swapped",
        ),
        pytest.param(
            "Russian officials said Ukrainian forces attacked the convoy near Kursk.",
            "Ukrainian officials said Russian forces attacked the convoy near Kursk.",
            (
                "Russian officials said: Ukrainian forces",
                "Ukrainian officials said: Russian forces",
            ),
            id="nationality_adjectives_of_speaker_and_actor_swapped",
        ),
        pytest.param(
            "Hamas fighters attacked Israeli troops at dawn, the army said.",
            "Israeli troops attacked Hamas fighters at dawn, the army said.",
            ("Hamas fighters attacked Israeli troops", "Israeli troops attacked Hamas fighters"),
            id="a_groups_fighters_and_a_nations_troops_swapped",
        ),
        pytest.param(
            "Russia shelled Ukrainian positions near Bakhmut overnight.",
            "Ukraine shelled Russian positions near Bakhmut overnight.",
            ("Russia shelled Ukrainian", "Ukraine shelled Russian"),
            id="country_acts_on_the_others_adjective",
        ),
        pytest.param(
            "Russia shelled Ukrainian positions near Bakhmut overnight.",
            "Ukrainian troops shelled Russian positions near Bakhmut overnight.",
            ("Russia shelled Ukrainian", "Ukrainian troops shelled Russian"),
            id="country_against_its_troops",
        ),
        pytest.param(
            "Russian officials said Ukraine attacked the convoy near Kursk.",
            "Ukrainian officials said Russia attacked the convoy near Kursk.",
            ("Russian officials said: Ukraine", "Ukrainian officials said: Russia"),
            id="officials_of_a_country_say_the_other_acted",
        ),
        pytest.param(
            "Russian jets struck Ukrainian positions near Bakhmut overnight.",
            "Ukrainian jets struck Russian positions near Bakhmut overnight.",
            ("Russian jets struck Ukrainian", "Ukrainian jets struck Russian"),
            id="jets",
        ),
        pytest.param(
            "Israeli warplanes bombed Lebanese villages near the border.",
            "Lebanese warplanes bombed Israeli villages near the border.",
            ("Israeli warplanes bombed Lebanese", "Lebanese warplanes bombed Israeli"),
            id="warplanes",
        ),
        pytest.param(
            "Russian drones hit Ukrainian power plants across the Odesa region.",
            "Ukrainian drones hit Russian power plants across the Odesa region.",
            ("Russian drones hit Ukrainian", "Ukrainian drones hit Russian"),
            id="drones",
        ),
        pytest.param(
            "Russian fighter jets struck Ukrainian positions near Bakhmut overnight.",
            "Ukrainian fighter jets struck Russian positions near Bakhmut overnight.",
            ("Russian fighter jets struck Ukrainian", "Ukrainian fighter jets struck Russian"),
            id="fighter_jets",
        ),
        pytest.param(
            "Israeli security forces detained Palestinian youths at the checkpoint.",
            "Palestinian security forces detained Israeli youths at the checkpoint.",
            (
                "Israeli security forces detained Palestinian",
                "Palestinian security forces detained Israeli",
            ),
            id="security_forces",
        ),
        pytest.param(
            "Russians shelled Ukrainian positions near Bakhmut overnight.",
            "Ukrainians shelled Russian positions near Bakhmut overnight.",
            ("Russians shelled Ukrainian", "Ukrainians shelled Russian"),
            id="a_peoples_plural",
        ),
        pytest.param(
            "Israelis attacked Palestinian farmers near Hebron on Friday.",
            "Palestinians attacked Israeli farmers near Hebron on Friday.",
            ("Israelis attacked Palestinian", "Palestinians attacked Israeli"),
            id="a_peoples_plural_against_the_others_adjective",
        ),
        pytest.param(
            "Britain accused Russia of spying on its naval bases.",
            "Russia accused the UK of spying on its naval bases.",
            ("Britain accused Russia", "Russia accused UK"),
            id="britain_and_the_uk",
        ),
        pytest.param(
            "UK troops attacked Irish protesters in Derry on Sunday.",
            "Irish protesters attacked British troops in Derry on Sunday.",
            ("UK troops attacked Irish protesters", "Irish protesters attacked British troops"),
            id="uk_opening_the_sentence_and_british",
        ),
        pytest.param(
            "America sanctioned Iran over the drone sales on Monday.",
            "Iran sanctioned the US over the drone sales on Monday.",
            ("America sanctioned Iran", "Iran sanctioned US"),
            id="america_and_the_us",
        ),
        pytest.param(
            "Protesters threw stones at police outside the parliament on Saturday.",
            "Police threw stones at protesters outside the parliament on Saturday.",
            ("Protesters threw stones at police", "Police threw stones at protesters"),
            id="what_is_thrown_and_at_whom",
        ),
        pytest.param(
            "Troops opened fire on protesters near the border.",
            "Protesters opened fire on troops near the border.",
            ("Troops opened fire on protesters", "Protesters opened fire on troops"),
            id="what_is_fired_and_on_whom",
        ),
        pytest.param(
            "Police fired tear gas at protesters outside the parliament.",
            "Protesters fired tear gas at police outside the parliament.",
            ("Police fired tear gas at protesters", "Protesters fired tear gas at police"),
            id="two_words_of_what_is_fired",
        ),
    ],
)
def test_names_that_trade_roles_are_noted(a: str, b: str, expected: tuple[str, str]) -> None:
    """Who says or does what to whom, told the other way round, is noted, read either way, and
    so are the nationalities or groups of troops, officials or fighters ("Russian troops",
    "Hamas fighters") put the other way round, a country against the other's adjective
    ("Russia shelled Ukrainian positions"), and the jets, warplanes or drones a side strikes
    with, named in one word or two ("fighter jets", "security forces"), and a people in the
    plural ("Russians", "Israelis") or by another name ("UK", "Britain", "British") as its
    country."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("roles_swapped", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("roles_swapped", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Ukraine was attacked by Russia overnight, officials said.",
            "Russia attacked Ukraine overnight, officials said.",
            id="passive_voice",
        ),
        pytest.param(
            "Russia and Ukraine traded prisoners on Friday.",
            "Ukraine and Russia traded prisoners on Friday.",
            id="list",
        ),
        pytest.param(
            "Talks between Russia and Ukraine resumed in Istanbul.",
            "Talks between Ukraine and Russia resumed in Istanbul.",
            id="between",
        ),
        pytest.param(
            "Macron met Scholz in Berlin to discuss the budget.",
            "Scholz met Macron in Berlin to discuss the budget.",
            id="symmetric_verb",
        ),
        pytest.param(
            "Peskov said on Monday, after talks with Erdogan, that the deal was off.",
            "After talks with Erdogan on Monday, Peskov said the deal was off.",
            id="reordered_clauses",
        ),
        pytest.param(
            "Ukraine attacked the convoy near Kharkiv, Russia said.",
            "Russia said Ukraine attacked the convoy near Kharkiv.",
            id="speaker_moved",
        ),
        pytest.param(
            "Serbia said Kosovo fired first at the border, and Kosovo said Serbia did.",
            "Kosovo said Serbia fired first at the border, and Serbia said Kosovo did.",
            id="two_sides_each_claim_after_and",
        ),
        pytest.param(
            "Armenia said Azerbaijan broke the truce, but Azerbaijan said Armenia did.",
            "Azerbaijan said Armenia broke the truce, but Armenia said Azerbaijan did.",
            id="two_sides_each_claim_after_but",
        ),
        pytest.param(
            "Sudan blamed Chad for the raid, while Chad blamed Sudan.",
            "Chad blamed Sudan for the raid, while Sudan blamed Chad.",
            id="two_sides_each_blame_after_while",
        ),
        pytest.param(
            "Sudan blamed Chad for the raid, and Chad blamed Sudan.",
            "Chad blamed Sudan for the raid.",
            id="one_version_tells_both_sides",
        ),
        pytest.param(
            "Harris debated Trump in Philadelphia on Tuesday night.",
            "Trump debated Harris in Philadelphia on Tuesday night.",
            id="debated",
        ),
        pytest.param(
            "Chile borders Peru to the north.",
            "Peru borders Chile to the south.",
            id="borders",
        ),
        pytest.param(
            "Modi hugged Biden on the tarmac.",
            "Biden hugged Modi on the tarmac.",
            id="hugged",
        ),
        pytest.param(
            "Russian troops shelled Ukrainian positions near Bakhmut overnight.",
            "Russian troops shelled Belarusian positions near Bakhmut overnight.",
            id="one_nationality_adjective_changed",
        ),
        pytest.param(
            "Russian officials said the strike on the depot killed 12 people.",
            "Ukrainian officials said the strike on the depot killed 12 people.",
            id="another_countrys_officials_speak",
        ),
        pytest.param(
            "Russia said Ukrainian forces attacked the convoy near Kursk.",
            "Russian officials said Ukraine attacked the convoy near Kursk.",
            id="country_for_adjective_in_the_same_roles",
        ),
        pytest.param(
            "Russian jets struck Ukrainian positions near Bakhmut overnight.",
            "Russia struck Ukrainian positions near Bakhmut overnight.",
            id="jets_for_the_country_in_the_same_roles",
        ),
        pytest.param(
            "Russia said Russian forces repelled the attack near Kursk.",
            "Russian officials said Russia repelled the attack near Kursk.",
            id="one_country_speaks_of_itself",
        ),
        pytest.param(
            "Ukrainian drones struck Russian depots overnight, and Russian fighter jets struck"
            " Ukrainian positions near Bakhmut.",
            "Russian jets struck Ukrainian positions near Bakhmut overnight.",
            id="fighter_jets_in_a_version_telling_both_sides",
        ),
        pytest.param(
            "Palestinian gunmen attacked Israeli settlers near Hebron, and Israelis attacked"
            " Palestinians in Huwara.",
            "Israeli settlers attacked Palestinian gunmen near Hebron.",
            id="a_peoples_plural_in_a_version_telling_both_sides",
        ),
        pytest.param(
            "Britain accused Russia of spying, and Russia accused the UK of lying.",
            "Russia accused Britain of spying.",
            id="britain_and_the_uk_in_a_version_telling_both_sides",
        ),
        pytest.param(
            "British troops attacked Irish protesters, and Irish protesters attacked UK troops.",
            "On Sunday, UK troops attacked Irish protesters in Derry.",
            id="british_and_uk_troops_in_a_version_telling_both_sides",
        ),
        pytest.param(
            "Police fired tear gas at protesters, and protesters threw stones at police.",
            "Protesters threw stones at police.",
            id="each_side_aims_at_the_other_in_a_version_telling_both_sides",
        ),
    ],
)
def test_names_in_another_order_but_the_same_roles_are_no_swap(a: str, b: str) -> None:
    """Names that change places but not roles (a passive, a list, a symmetric verb, a clause
    moved, two sides each blaming the other), a nationality adjective put for another on one
    side only, another country's officials saying the same, or a country put for its own
    adjective ("Russia", "Russian forces"), swap no roles."""
    assert "roles_swapped" not in [n.kind for n in framing_notes(a, b)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Consumer prices rose 3% in May, the statistics office said.",
            "Consumer prices fell 3% in May, the statistics office said.",
            ("rose", "fell"),
            id="rose_and_fell",
        ),
        pytest.param(
            "Ticket sales increased sharply after the final.",
            "Ticket sales decreased sharply after the final.",
            ("increased", "decreased"),
            id="increased_and_decreased",
        ),
        pytest.param(
            "Shares of the airline were up 2% in early trading.",
            "Shares of the airline were down 2% in early trading.",
            ("up", "down"),
            id="up_and_down_before_a_number",
        ),
        pytest.param(
            "The ruling party gained 12 seats in the regional vote.",
            "The ruling party lost 12 seats in the regional vote.",
            ("gained", "lost"),
            id="gained_and_lost",
        ),
        pytest.param(
            "Oil closed higher",
            "Oil closed lower",
            ("higher", "lower"),
            id="higher_and_lower_ending_the_sentence",
        ),
        pytest.param(
            "Bus ridership grew 7% last year, the transit authority said.",
            "Bus ridership fell 7% last year, the transit authority said.",
            ("grew", "fell"),
            id="grew_and_fell",
        ),
        pytest.param(
            "Shares of the carmaker jumped 4% on Monday.",
            "Shares of the carmaker plunged 4% on Monday.",
            ("jumped", "plunged"),
            id="jumped_and_plunged",
        ),
        pytest.param(
            "El precio del pan subió un 12 % en febrero, según el instituto de estadística.",
            "El precio del pan bajó un 12 % en febrero, según el instituto de estadística.",
            ("subió", "bajó"),
            id="spanish_subio_and_bajo",
        ),
        pytest.param(
            "Las exportaciones de soja crecieron un 8 % en el primer trimestre.",
            "Las exportaciones de soja cayeron un 8 % en el primer trimestre.",
            ("crecieron", "cayeron"),
            id="spanish_crecieron_and_cayeron",
        ),
        pytest.param(
            "The chipmaker's operating loss narrowed to $12 million in the quarter.",
            "The chipmaker's operating loss widened to $12 million in the quarter.",
            ("narrowed", "widened"),
            id="narrowed_and_widened",
        ),
        pytest.param(
            "Gilts rallied after inflation eased to 3.8% in September.",
            "Gilts rallied after inflation rose to 3.8% in September.",
            ("eased", "rose"),
            id="eased_and_rose",
        ),
        pytest.param(
            "Statisticians revised an earlier estimate of 0.1% growth for the quarter.",
            "Statisticians revised an earlier estimate of 0.1% contraction for the quarter.",
            ("growth", "contraction"),
            id="growth_and_contraction",
        ),
        pytest.param(
            "Castlegate are third, two points ahead of Northbridge, with 10 games left.",
            "Castlegate are third, two points behind Northbridge, with 10 games left.",
            ("ahead of", "behind"),
            id="ahead_of_and_behind",
        ),
        pytest.param(
            "Harwick stay above Elmsworth on goal difference after the draw.",
            "Harwick stay below Elmsworth on goal difference after the draw.",
            ("above", "below"),
            id="above_and_below",
        ),
        pytest.param(
            "Kingsford remain top of the table with nine games to play.",
            "Kingsford remain bottom of the table with nine games to play.",
            ("top", "bottom"),
            id="top_and_bottom_of_the_table",
        ),
        pytest.param(
            "Southport led 2-1 at half-time through a Perez penalty.",
            "Southport trailed 2-1 at half-time through a Perez penalty.",
            ("led", "trailed"),
            id="led_and_trailed",
        ),
        pytest.param(
            "Northbridge moved up to fourth in the Premier League after the win.",
            "Northbridge moved down to fourth in the Premier League after the win.",
            ("up", "down"),
            id="up_and_down_after_a_verb_of_motion",
        ),
        pytest.param(
            "Sterling rose 0.4% against the dollar to $1.3420 after the decision.",
            "The pound fell 0.4% against the dollar to $1.3420 after the decision.",
            ("rose", "fell"),
            id="the_currency_named_another_way",
        ),
        pytest.param(
            "The yen gained 1.2% after the data.",
            "Japan's currency lost 1.2% after the data.",
            ("gained", "lost"),
            id="the_currency_named_by_its_country",
        ),
        pytest.param(
            "The Nasdaq rose by 1.1% on Monday.",
            "The tech-heavy index fell by 1.1% on Monday.",
            ("rose", "fell"),
            id="the_index_described",
        ),
    ],
)
def test_a_reversed_direction_is_noted(a: str, b: str, expected: tuple[str, str]) -> None:
    """A word of one direction in place of the opposite one, between the same words, is noted
    with both words, and read the other way round, the other way round."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("direction_reversed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("direction_reversed", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "reversed_", "other"),
    [
        pytest.param(
            "Consumer prices rose 3% in May.",
            "Consumer prices fell 3% in May.",
            "Consumer prices rose 3% in May, while wages fell 1%.",
            id="the_opposite_in_a_clause_only_one_writes",
        ),
        pytest.param(
            "Prices rose 3% in May.",
            "Prices fell 3% in May.",
            "Wages fell 3% in May.",
            id="another_subject",
        ),
        pytest.param(
            "Shares were up 4% by noon as dealers set up extra desks.",
            "Shares were down 4% by noon as dealers set up extra desks.",
            "Shares were up 4% by noon as dealers set down extra desks.",
            id="up_and_down_not_before_a_number",
        ),
    ],
)
def test_a_direction_is_reversed_only_in_the_same_statement(
    a: str, reversed_: str, other: str
) -> None:
    """Opposite directions are a reversal between the same words, not in a clause only one
    version writes, of another subject, nor "up" and "down" that count nothing."""
    assert "direction_reversed" in [n.kind for n in framing_notes(a, reversed_)]
    assert "direction_reversed" not in [n.kind for n in framing_notes(a, other)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The city council approved the tram budget on Monday night.",
            "The city council rejected the tram budget on Monday night.",
            ("approved", "rejected"),
            id="approved_and_rejected",
        ),
        pytest.param(
            "Most Republican senators supported the border bill, aides said.",
            "Most Republican senators opposed the border bill, aides said.",
            ("supported", "opposed"),
            id="supported_and_opposed",
        ),
        pytest.param(
            "Labour won the Hartlepool seat by 412 votes.",
            "Labour lost the Hartlepool seat by 412 votes.",
            ("won", "lost"),
            id="won_and_lost",
        ),
        pytest.param(
            "The appeals court upheld the ban on Thursday.",
            "The appeals court overturned the ban on Thursday.",
            ("upheld", "overturned"),
            id="upheld_and_overturned",
        ),
        pytest.param(
            "Twelve lawmakers voted for the measure.",
            "Twelve lawmakers voted against the measure.",
            ("for", "against"),
            id="for_and_against",
        ),
        pytest.param(
            "La Cámara de Diputados aprobó la ley de medios el miércoles por la noche.",
            "La Cámara de Diputados rechazó la ley de medios el miércoles por la noche.",
            ("aprobó", "rechazó"),
            id="spanish_aprobo_and_rechazo",
        ),
        pytest.param(
            "The networking unit posted an operating loss of $12 million in the quarter.",
            "The networking unit posted an operating profit of $12 million in the quarter.",
            ("loss", "profit"),
            id="a_loss_told_as_a_profit",
        ),
        pytest.param(
            "Harbor Micro posted revenue of $1.2 billion, beating analysts' estimates.",
            "Harbor Micro posted revenue of $1.2 billion, missing analysts' estimates.",
            ("beating", "missing"),
            id="beating_and_missing_estimates",
        ),
        pytest.param(
            "The lender's quarterly profit beat forecasts, it said on Tuesday.",
            "The lender's quarterly profit missed forecasts, it said on Tuesday.",
            ("beat", "missed"),
            id="beat_and_missed_forecasts",
        ),
    ],
)
def test_a_reversed_outcome_is_noted(a: str, b: str, expected: tuple[str, str]) -> None:
    """A decision or result told as its opposite, between the same words, is noted with both
    words, and read the other way round, the other way round."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("outcome_reversed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("outcome_reversed", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Northbridge United beat Castlegate City 3-2 at Riverside Park on Saturday.",
            "Northbridge United lost to Castlegate City 3-2 at Riverside Park on Saturday.",
            (
                "Northbridge United beat Castlegate City",
                "Northbridge United lost to Castlegate City",
            ),
            id="beat_and_lost_to",
        ),
        pytest.param(
            "Northbridge United beat Castlegate City 3-2 at Riverside Park on Saturday.",
            "Northbridge United were beaten 3-2 by Castlegate City at Riverside Park on Saturday.",
            (
                "Northbridge United beat Castlegate City",
                "Northbridge United were beaten 3-2 by Castlegate City",
            ),
            id="beat_and_were_beaten_by_with_the_score_between",
        ),
        pytest.param(
            "Harwick defeated Elmsworth in the FA Cup third round on Tuesday night.",
            "Harwick drew with Elmsworth in the FA Cup third round on Tuesday night.",
            ("Harwick defeated Elmsworth", "Harwick drew with Elmsworth"),
            id="a_win_told_as_a_draw",
        ),
        pytest.param(
            "Kingsford narrowly beat Southport Harriers on Saturday.",
            "Kingsford were held by Southport Harriers on Saturday.",
            (
                "Kingsford narrowly beat Southport Harriers",
                "Kingsford were held by Southport Harriers",
            ),
            id="beat_and_were_held_by",
        ),
        pytest.param(
            "Northbridge United won 3-2 against Castlegate City on Saturday.",
            "Northbridge United lost 3-2 against Castlegate City on Saturday.",
            (
                "Northbridge United won 3-2 against Castlegate City",
                "Northbridge United lost 3-2 against Castlegate City",
            ),
            id="won_against_and_lost_against_noted_once",
        ),
    ],
)
def test_a_result_told_the_other_way_round_is_noted(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """A result between the same two teams told as a loss or a draw in place of a win is one
    outcome reversed, shown from the first team's name to the second's, both ways round."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("outcome_reversed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("outcome_reversed", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Northbridge United beat Castlegate City 3-2 on Saturday.",
            "Castlegate City were beaten 3-2 by Northbridge United on Saturday.",
            id="the_loser_named_first_in_the_passive",
        ),
        pytest.param(
            "Northbridge United beat Castlegate City 3-2 on Saturday.",
            "Northbridge United won against Castlegate City 3-2 on Saturday.",
            id="beat_and_won_against",
        ),
        pytest.param(
            "Northbridge United lost to Castlegate City on Saturday.",
            "Northbridge United were defeated by Castlegate City on Saturday.",
            id="lost_to_and_were_defeated_by",
        ),
        pytest.param(
            "Harwick drew with Elmsworth on Tuesday night.",
            "Harwick were held to a 1-1 draw by Elmsworth on Tuesday night.",
            id="drew_with_and_were_held_to_a_draw_by",
        ),
    ],
)
def test_one_result_told_in_other_words_is_no_outcome_reversed(a: str, b: str) -> None:
    """The same result told from the other team's side or with another verb of the same result
    is no outcome reversed."""
    assert "outcome_reversed" not in [n.kind for n in framing_notes(a, b)]
    assert "outcome_reversed" not in [n.kind for n in framing_notes(b, a)]


def test_a_result_with_the_teams_swapped_is_roles_swapped_alone() -> None:
    """The same verb of a result with the teams the other way round is named once, as roles
    swapped, not again as an outcome reversed."""
    notes = framing_notes(
        "Dunmore Town beat Ashford Rangers 2-0 on Saturday.",
        "Ashford Rangers beat Dunmore Town 2-0 on Saturday.",
    )
    assert [n.kind for n in notes] == ["roles_swapped"]


def test_an_outcome_is_reversed_only_in_the_same_statement() -> None:
    """Opposite outcomes of other subjects, or in a clause only one version writes, are none."""
    a = "The council approved the budget on Monday."
    assert not framing_notes(a, "The mayor rejected the budget on Monday.")
    assert not framing_notes(
        a, "The council approved the budget on Monday, which the mayor rejected."
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The court found the landlord failed to prove the lease was void.",
            "The court found the landlord proved the lease was void.",
            ("failed", "proved"),
            id="failed_to_prove_against_proved",
        ),
        pytest.param(
            "The health minister refused to resign on Monday.",
            "The health minister resigned on Monday.",
            ("refused", "resigned"),
            id="refused_to_resign_against_resigned",
        ),
    ],
)
def test_a_failure_or_refusal_told_as_done_is_a_negation(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """ "Failed to prove" against "proved" denies what the other version says was done: a
    negation removed, with the act done on the other side; "declined to give details" against
    "gave no details" denies alike and is none."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("negation_removed", *expected)]
    assert not framing_notes("He declined to give details.", "He gave no details.")


def test_a_reversed_verdict_names_the_verdict_it_reverses() -> None:
    """An acquittal against a conviction shows the conviction on the other side, not a blank."""
    acquitted = "The jury acquitted the former mayor of all corruption charges on Tuesday."
    convicted = "The jury convicted the former mayor of all corruption charges on Tuesday."
    assert [(n.kind, n.a, n.b) for n in framing_notes(acquitted, convicted)] == [
        ("negation_removed", "acquitted", "convicted")
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Late in the afternoon, police fired on protesters near the parliament building.",
            "Late in the afternoon, shots were fired near the parliament building.",
            ("police fired", "shots were fired"),
            id="actor_noun_after_an_opening_phrase",
        ),
        pytest.param(
            "Israeli troops killed five people in the Nur Shams camp on Tuesday.",
            "Five people were killed in the Nur Shams camp on Tuesday.",
            ("Israeli troops killed", "people were killed"),
            id="country_adjective_and_actor",
        ),
        pytest.param(
            "Police arrested 11 protesters outside the courthouse in Diyarbakir.",
            "11 protesters were arrested outside the courthouse in Diyarbakir.",
            ("Police arrested", "protesters were arrested"),
            id="actor_opening_the_sentence",
        ),
        pytest.param(
            "Police fired tear gas at the protesters, witnesses said.",
            "Tear gas was fired at the protesters, witnesses said.",
            ("Police fired", "gas was fired"),
            id="singular_passive",
        ),
        pytest.param(
            "Settlers threw stones at Palestinian cars near Huwara.",
            "Stones were thrown at Palestinian cars near Huwara.",
            ("Settlers threw", "Stones were thrown"),
            id="irregular_participle",
        ),
        pytest.param(
            "Kenyan police have detained three journalists in Nairobi.",
            "Three journalists have been detained in Nairobi.",
            ("Kenyan police have detained", "have been detained"),
            id="perfect_tense",
        ),
        pytest.param(
            "The government raised bus fares by 12 percent on Monday.",
            "Bus fares were raised by 12 percent on Monday.",
            ("government raised", "fares were raised"),
            id="a_government_and_by_an_amount",
        ),
        pytest.param(
            "The ministry cut grants to rural schools by a third.",
            "Grants to rural schools were cut by a third.",
            ("ministry cut", "schools were cut"),
            id="a_ministry_and_a_past_written_as_its_present",
        ),
        pytest.param(
            "The council cut the library budget by 40% this spring.",
            "The library budget was cut by 40% this spring.",
            ("council cut", "budget was cut"),
            id="by_a_share",
        ),
        pytest.param(
            "The central bank lowered its forecast by 40 points in March.",
            "Its forecast was lowered by 40 points in March.",
            ("central bank lowered", "forecast was lowered"),
            id="by_a_count_of_points",
        ),
        pytest.param(
            "The government raised the levy by 40 percent as police looked on.",
            "The levy was raised by 40 percent as police looked on.",
            ("government raised", "levy was raised"),
            id="by_a_share_before_a_noun_of_who_acts",
        ),
        pytest.param(
            "The central bank raised its main rate by a quarter point on Wednesday.",
            "Its main rate was raised by a quarter point on Wednesday.",
            ("central bank raised", "rate was raised"),
            id="a_central_bank",
        ),
        pytest.param(
            "Federal agents detained 31 farm workers at the packing plant.",
            "31 farm workers were detained at the packing plant.",
            ("Federal agents detained", "workers were detained"),
            id="agents",
        ),
        pytest.param(
            "The military government jailed four reporters in the capital.",
            "Four reporters were jailed in the capital.",
            ("military government jailed", "reporters were jailed"),
            id="a_government_of_a_kind",
        ),
        pytest.param(
            "Protesters set a bus on fire near the station, witnesses said.",
            "A bus was set on fire near the station, witnesses said.",
            ("Protesters set", "bus was set"),
            id="set_on_fire",
        ),
    ],
)
def test_an_agent_removed_by_the_passive_is_noted(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """An act whose doer one version names and the other tells in the passive without saying
    who did it is noted with both, as removed one way and added the other."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("agent_removed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("agent_added", *reversed(expected))
    ]


def test_a_regime_left_out_by_the_passive_drops_a_loaded_term_and_an_agent() -> None:
    """A regime that acts is who acted: told in the passive, both the loaded term and the
    agent are gone."""
    notes = framing_notes(
        "The regime detained 12 students in the capital on Friday.",
        "12 students were detained in the capital on Friday.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [
        ("loaded_term_removed", "regime", ""),
        ("agent_removed", "regime detained", "students were detained"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "notes"),
    [
        pytest.param(
            "The council said the rally was illegal because no permit had been granted.",
            "The council said the rally was unlawful because no permit had been granted.",
            [],
            id="an_illegal_act_told_as_unlawful",
        ),
        pytest.param(
            "A judge ruled the dock strike illegal on Monday.",
            "A judge ruled the dock strike unlawful on Monday.",
            [],
            id="an_illegal_strike",
        ),
        pytest.param(
            "Agents detained 40 undocumented immigrants at the farm.",
            "Agents detained 40 illegal immigrants at the farm.",
            [("loaded_term", "undocumented", "illegal immigrants")],
            id="illegal_immigrants_for_undocumented",
        ),
        pytest.param(
            "Agents detained a man at the farm.",
            "Agents detained an illegal alien at the farm.",
            [("loaded_term_added", "", "illegal alien")],
            id="an_illegal_alien_added",
        ),
        pytest.param(
            "A church opened a shelter for 40 asylum seekers who arrived by bus.",
            "A church opened a shelter for 40 illegal migrants who arrived by bus.",
            [("loaded_term", "asylum seekers", "illegal migrants")],
            id="illegal_migrants_for_asylum_seekers",
        ),
        pytest.param(
            "A church opened a shelter for 40 asylum seekers who arrived by bus.",
            "A church opened a shelter for 40 families who arrived by bus.",
            [],
            id="asylum_seekers_alone_are_plain",
        ),
    ],
)
def test_illegal_is_loaded_of_people_not_of_an_act(
    a: str, b: str, notes: list[tuple[str, str, str]]
) -> None:
    """ "Illegal" judges people ("illegal aliens", "illegal immigrants"); of an act, a march or
    a strike, it is its legal status, which "unlawful" tells alike."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == notes


@pytest.mark.parametrize(
    ("a", "b", "notes"),
    [
        pytest.param(
            "Hundreds of protesters gathered outside the mill on Sunday.",
            "Hundreds of peaceful protesters gathered outside the mill on Sunday.",
            [("loaded_term_added", "", "peaceful protesters")],
            id="peaceful_added_to_protesters",
        ),
        pytest.param(
            "Riot police charged peaceful demonstrators near the bridge.",
            "Riot police charged demonstrators near the bridge.",
            [("loaded_term_removed", "peaceful demonstrators", "")],
            id="peaceful_dropped_from_demonstrators",
        ),
        pytest.param(
            "Riot police charged peaceful protesters near the bridge.",
            "Riot police charged rioters near the bridge.",
            [("loaded_term", "peaceful protesters", "rioters")],
            id="peaceful_protesters_told_as_rioters",
        ),
        pytest.param(
            "The march was peaceful, police said.",
            "The march was largely peaceful, police said.",
            [],
            id="peaceful_alone_is_plain",
        ),
        pytest.param(
            "The government cut fuel subsidies by 30 percent last month.",
            "The government slashed fuel subsidies by 30 percent last month.",
            [],
            id="slashed_is_plain_in_news",
        ),
    ],
)
def test_protesters_called_peaceful_are_a_loaded_term(
    a: str, b: str, notes: list[tuple[str, str, str]]
) -> None:
    """ "Peaceful" added to protesters or demonstrators adds sympathy, and dropping it takes it
    away; the plain word kept inside the phrase is no term swapped. "Peaceful" alone and
    "slashed", as often plain in news, are none."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == notes


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Israeli troops killed five people in the camp.",
            "Five people were killed by Israeli troops in the camp.",
            id="passive_with_by",
        ),
        pytest.param(
            "Israeli troops killed five people in the camp.",
            "Five people were killed in an Israeli raid on the camp.",
            id="actor_named_elsewhere",
        ),
        pytest.param(
            "The council raised parking fees by 10 percent.",
            "Parking fees were raised by the council by 10 percent.",
            id="passive_with_by_beside_by_an_amount",
        ),
        pytest.param(
            "Five people were killed in the camp, medics said.",
            "Five people were killed in the camp on Tuesday, medics said.",
            id="both_passive",
        ),
        pytest.param(
            "Police arrested three men in a dawn raid on a warehouse in Ashford.",
            "Three men were arrested by 40 officers in a dawn raid on a warehouse in Ashford.",
            id="passive_with_by_a_count_of_officers",
        ),
        pytest.param(
            "Police arrested three men in a dawn raid on a warehouse in Ashford.",
            "Three men were arrested by 1,200 armed police in a dawn raid in Ashford.",
            id="passive_with_by_a_count_of_armed_police",
        ),
        pytest.param(
            "Firefighters rescued two climbers from the ridge on Sunday.",
            "Two climbers were rescued by a dozen firefighters from the ridge on Sunday.",
            id="passive_with_by_a_dozen_firefighters",
        ),
        pytest.param(
            "Protesters blocked the ring road for six hours on Friday.",
            "The ring road was blocked by hundreds of protesters for six hours on Friday.",
            id="passive_with_by_hundreds_of_protesters",
        ),
        pytest.param(
            "They arrested 11 protesters outside the courthouse.",
            "11 protesters were arrested outside the courthouse.",
            id="pronoun_subject",
        ),
        pytest.param(
            "Police arrested 11 protesters outside the courthouse.",
            "11 protesters were fined outside the courthouse.",
            id="another_verb",
        ),
        # Told in another verb, which says nobody acted at all: left for a list of such verbs.
        pytest.param(
            "Soldiers shot dead two teenagers at the checkpoint.",
            "Two teenagers died at the checkpoint.",
            id="died_in_place_of_shot_dead",
        ),
    ],
)
def test_no_agent_is_removed_where_the_other_version_names_it_or_tells_no_passive(
    a: str, b: str
) -> None:
    """No removed agent is noted where the passive names who acted, in "by" or elsewhere in the
    sentence, where both versions are passive, where the doer was a pronoun, or where the other
    version tells another act."""
    kinds = [n.kind for n in framing_notes(a, b) + framing_notes(b, a)]
    assert "agent_removed" not in kinds
    assert "agent_added" not in kinds


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "\u2014 Personne ne nous a pr\u00e9venus avant minuit, a racont\u00e9 une habitante.",
            "\u2014 Personne ne nous a pr\u00e9venus avant minuit, a assur\u00e9 une habitante.",
            id="a_french_verb",
        ),
        pytest.param(
            "\u2014 Nadie nos avis\u00f3 del corte de agua, dijo una vecina del barrio.",
            "\u2014 Nadie nos avis\u00f3 del corte de agua, asegur\u00f3 una vecina del barrio.",
            id="a_spanish_verb",
        ),
        pytest.param(
            "\u2014 Le pont \u00e9tait ferm\u00e9 depuis lundi, explique-t-il.",
            "\u2014 Le pont \u00e9tait ferm\u00e9 depuis lundi, estime-t-elle.",
            id="a_french_verb_before_its_subject",
        ),
    ],
)
def test_the_narrators_incise_after_dialogue_dash_speech_is_no_quotation(a: str, b: str) -> None:
    """Speech a dialogue dash opens, with no dash after it, ends at the comma before the
    narrator's incise (", a dit un t\u00e9moin", ", dijo una vecina", ", explique-t-il"): a verb
    of saying changed there is no word changed inside a quotation, but the narrator's verb
    ("a racont\u00e9" against "a assur\u00e9")."""
    assert {n.kind for n in framing_notes(a, b)} <= {"attribution_verb"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "About 1,200 residents were evacuated from the area, officials said.",
            "About 1200 residents were evacuated from the area, officials said.",
            id="comma_thousands",
        ),
        pytest.param(
            "The bridge carried about 20,000 vehicles a day.",
            "The bridge carried about 20 000 vehicles a day.",
            id="space_thousands",
        ),
        pytest.param(
            "The bridge carried about 20,000 vehicles a day.",
            "The bridge carried about 20\u202f000 vehicles a day.",
            id="narrow_no_break_space_thousands",
        ),
        pytest.param(
            "The bridge carried about 1 200 000 vehicles a year.",
            "The bridge carried about 1\u2009200\u2009000 vehicles a year.",
            id="thin_space_thousands",
        ),
        pytest.param(
            "The bridge carried about 20,000 vehicles a day.",
            "The bridge carried about 20\u2019000 vehicles a day.",
            id="apostrophe_thousands",
        ),
        pytest.param(
            "The bridge carried about 20,000 vehicles a day.",
            "The bridge carried about 20.000 vehicles a day.",
            id="dot_thousands",
        ),
        pytest.param(
            "The port handled 1,200,000 containers last year.",
            "The port handled 1.200.000 containers last year.",
            id="dots_thousands",
        ),
        pytest.param(
            "The state will pay Rs 1,20,000 to each family.",
            "The state will pay Rs 120,000 to each family.",
            id="indian_grouping",
        ),
        pytest.param(
            "Annual inflation held at 3.0% in March.",
            "Annual inflation held at 3% in March.",
            id="trailing_zero",
        ),
        pytest.param(
            "Police said three people died and 12 were injured when the bridge collapsed.",
            "Police said 3 people died and twelve were injured when the bridge collapsed.",
            id="number_words",
        ),
        pytest.param(
            "One person died and dozens were hurt, the fire service said.",
            "1 person died and dozens were hurt, the fire service said.",
            id="one_as_a_number",
        ),
        pytest.param(
            "Police said one of the gunmen was arrested at the scene.",
            "Police said a gunman was arrested at the scene.",
            id="one_as_a_pronoun",
        ),
        pytest.param(
            "The city will spend $4.5 million on repairs.",
            "The city will spend $4,500,000 on repairs.",
            id="multiplier_word",
        ),
        pytest.param(
            "The city will spend $4.5 million on repairs.",
            "The city will spend $4.5m on repairs.",
            id="multiplier_abbreviation",
        ),
        pytest.param(
            "Jones won the 100m in 9.91 seconds.",
            "Jones won the 100 metres in 9.91 seconds.",
            id="abbreviation_as_a_unit",
        ),
        pytest.param(
            "Two hundred thousand people marched through the capital.",
            "200,000 people marched through the capital.",
            id="multipliers_of_a_number_word",
        ),
        pytest.param(
            "More than a million people have fled the fighting.",
            "More than 1 million people have fled the fighting.",
            id="lone_multiplier",
        ),
        pytest.param(
            "The new line opens on Sept. 3, the ministry said.",
            "The new line opens on September 3, the ministry said.",
            id="month_abbreviation",
        ),
        pytest.param(
            "\u0627\u0646\u062a\u062e\u0627\u0628\u0627\u062a \u06f2\u06f0\u06f1\u06f8 \u0645\u06cc\u06ba \u06c1\u0648\u0626\u06d2",
            "\u0627\u0646\u062a\u062e\u0627\u0628\u0627\u062a 2018 \u0645\u06cc\u06ba \u06c1\u0648\u0626\u06d2",
            id="urdu_digits",
        ),
        pytest.param(
            "LONDON, March 10 (Reuters) - British inflation fell to 2.8% in February.",
            "British inflation fell to 2.8% in February.",
            id="dateline_dropped",
        ),
        pytest.param(
            "ISLAMABAD, Mar 10 (APP): The cabinet approved the budget.",
            "The cabinet approved the budget on March 10.",
            id="dateline_date_stated_in_the_text",
        ),
        pytest.param(
            "LONDON, March 10 (Reuters) - British inflation fell to 2.8% in February.",
            "LONDON, March 11 (Reuters) - British inflation fell to 2.8% in February.",
            id="dateline_refiled",
        ),
        pytest.param(
            "WASHINGTON, March 10, 2025 (AP) - The Senate passed the bill.",
            "The Senate passed the bill.",
            id="dateline_with_its_year",
        ),
        pytest.param(
            "GENEVA, March 10 - Talks on the truce resumed.",
            "Talks on the truce resumed.",
            id="dateline_without_a_credit",
        ),
        # Russian text: its letters that look Latin are meant.
        pytest.param(
            "МОСКВА, 10 марта (ТАСС) - Инфляция в России замедлилась до 9,9%.",  # noqa: RUF001
            "Инфляция в России замедлилась до 9,9%.",
            id="cyrillic_dateline",
        ),
        pytest.param(
            "МОСКВА, 15 декабря. /ТАСС/. Инфляция в России замедлилась до 9,9%.",  # noqa: RUF001
            "Инфляция в России замедлилась до 9,9%.",
            id="tass_dateline_between_slashes",
        ),
        pytest.param(
            "TARROW, Ohio, May 14, 2024 /PRNewswire/ -- Acme Robotics will hire 450 people.",
            "Acme Robotics will hire 450 people.",
            id="press_release_dateline",
        ),
        pytest.param(
            "Valencia, 14 may (EFE).- Un incendio obligó a desalojar a 2.000 vecinos.",
            "Un incendio obligó a desalojar a 2.000 vecinos.",
            id="efe_dateline",
        ),
        pytest.param(
            "MADRID, 14 (EUROPA PRESS) El Gobierno aprobó 3 planes de vivienda.",
            "El Gobierno aprobó 3 planes de vivienda.",
            id="europa_press_dateline_with_the_day_alone",
        ),
        pytest.param(
            "(ANSA) - ROMA, 14 MAG - Il governo ha approvato 3 piani.",
            "Il governo ha approvato 3 piani.",
            id="ansa_dateline_after_the_wire",
        ),
        pytest.param(
            "TORONTO, May 14, 2024 /Globe Newswire/ -- Acme Robotics will hire 450 people.",
            "Acme Robotics will hire 450 people.",
            id="globe_newswire_dateline",
        ),
        pytest.param(
            "Valencia, 14 may (EFE). - El incendio dejó 12 heridos.",
            "Valencia, 15 may (EFE). - El incendio dejó 12 heridos.",
            id="efe_dateline_with_a_space_before_its_dash_refiled",
        ),
        pytest.param(
            "ISLAMABAD, Mar 10 (APP):Officials said 40 people were hurt.",
            "ISLAMABAD, Mar 11 (APP):Officials said 40 people were hurt.",
            id="app_dateline_with_no_space_after_its_colon_refiled",
        ),
        pytest.param(
            "SPRINGFIELD, Ill., March 10 \u2014 The mayor said 40 people were hurt.",
            "SPRINGFIELD, Ill., March 11 \u2014 The mayor said 40 people were hurt.",
            id="papers_own_dateline_refiled",
        ),
        pytest.param(
            "新华社北京3月10日电 外交部发言人说12人受伤。",
            "新华社北京3月11日电 外交部发言人说12人受伤。",
            id="xinhua_dateline_refiled",
        ),
        pytest.param(
            "Twenty-five people were killed in the strike.",
            "As it stands, 25 people were killed in the strike.",
            id="tens_and_unit_hyphenated",
        ),
        pytest.param(
            "Twenty one people were killed in the strike.",
            "21 people were killed in the strike.",
            id="tens_and_unit_apart",
        ),
        pytest.param(
            "The five-year plan ends in 2030.",
            "The 5-year plan ends in 2030.",
            id="number_word_compound",
        ),
        pytest.param(
            "The 1st battalion crossed the river.",
            "The first battalion crossed the river.",
            id="ordinal",
        ),
        pytest.param(
            "It was the first time the council met in the hall.",
            "It was the only time the council met in the hall.",
            id="ordinal_as_a_word_of_order",
        ),
        pytest.param(
            "The plan will cost 4,5 million euros.",
            "The plan will cost 4.5 million euros.",
            id="decimal_comma",
        ),
        pytest.param(
            "Since January 150 000 people have fled.",
            "Since January, 150,000 people have fled.",
            id="thousands_after_a_month",
        ),
        pytest.param(
            "On Saturday 20 000 people marched in Paris.",
            "On Saturday, 20,000 people marched in Paris.",
            id="thousands_after_a_weekday",
        ),
        pytest.param(
            "Troops will march 5 000 km.", "Troops will march 5,000 km.", id="thousands_after_march"
        ),
        pytest.param(
            "The twenty-first attempt failed.", "The 21st attempt failed.", id="compound_ordinal"
        ),
        pytest.param(
            "The alarm gave a twenty second warning.",
            "The alarm gave a 20-second warning.",
            id="tens_before_seconds",
        ),
        pytest.param(
            "Police held twenty, five of them armed.",
            "Police held 20, five of them armed.",
            id="tens_and_unit_across_a_comma",
        ),
        pytest.param(
            "A one-day strike began on Monday.",
            "A day-long strike began on Monday.",
            id="compound_of_a_held_number",
        ),
        pytest.param(
            "On May 5 300 people fled the city.",
            "On May 5, 300 people fled the city.",
            id="day_before_a_number",
        ),
        pytest.param(
            "The central bank raised its rate to 4.5 percent.",
            "The central bank raised its rate to four and a half percent.",
            id="and_a_half",
        ),
        pytest.param(
            "The loan carries a rate of 2.75 percent.",
            "The loan carries a rate of two and three quarters percent.",
            id="and_three_quarters",
        ),
        pytest.param(
            "Two and a half million people marched through the capital.",
            "2.5 million people marched through the capital.",
            id="and_a_half_before_a_multiplier",
        ),
        pytest.param(
            "The firm hired half a million workers.",
            "The firm hired 500,000 workers.",
            id="half_a_million",
        ),
        pytest.param(
            "The firm hired a half-million workers.",
            "The firm hired 500,000 workers.",
            id="a_half_million_hyphenated",
        ),
        pytest.param(
            "A quarter of a million people marched through the capital.",
            "250,000 people marched through the capital.",
            id="a_quarter_of_a_million",
        ),
        pytest.param(
            "Three quarters of a million people marched through the capital.",
            "750,000 people marched through the capital.",
            id="three_quarters_of_a_million",
        ),
        pytest.param(
            "Some three-quarters of a million people marched through the capital.",
            "Some 750,000 people marched through the capital.",
            id="three_quarters_hyphenated",
        ),
        pytest.param(
            "He won by a million and a half votes.",
            "He won by 1.5 million votes.",
            id="a_million_and_a_half",
        ),
        pytest.param(
            "Nearly a quarter of a million people marched through the capital.",
            "Nearly 250,000 people marched through the capital.",
            id="qualified_fraction",
        ),
        pytest.param(
            "Some twenty-five people were hurt in the blast.",
            "Some 25 people were hurt in the blast.",
            id="qualified_tens_and_unit_hyphenated",
        ),
        pytest.param(
            "A quarter of voters backed the plan.",
            "25% of voters backed the plan.",
            id="a_share_as_a_percentage",
        ),
        pytest.param(
            "Nearly half of residents said they felt unsafe.",
            "Nearly 50 percent of residents said they felt unsafe.",
            id="a_qualified_share_as_a_percentage",
        ),
        pytest.param(
            "Un incendio obligó a desalojar a unos 300 vecinos.",
            "Un incendio obligó a desalojar a unos trescientos vecinos.",
            id="spanish_trescientos",
        ),
        pytest.param(
            "Llegaron cien bomberos y doscientos voluntarios.",
            "Llegaron 100 bomberos y 200 voluntarios.",
            id="spanish_cien_doscientos",
        ),
        pytest.param(
            "Participaron mil vecinos.",
            "Participaron 1.000 vecinos.",
            id="spanish_mil",
        ),
        pytest.param(
            "Hay treinta y cinco heridos y dieciséis muertos.",
            "Hay 35 heridos y 16 muertos.",
            id="spanish_tens_y_unit_and_teen",
        ),
        pytest.param(
            "La pérdida asciende a mil quinientos millones de euros.",
            "La pérdida asciende a 1.500 millones de euros.",
            id="spanish_mil_millones",
        ),
        pytest.param(
            "El ahorro será de 1,2 billones de pesos, según Hacienda.",
            "El ahorro será de 1.200.000 millones de pesos, según Hacienda.",
            id="spanish_billon_is_a_million_millions",
        ),
        pytest.param(
            "Seules deux lignes sur 16 fonctionnaient à 9h00.",
            "Seules deux lignes sur seize fonctionnaient à 9 heures.",
            id="french_seize_and_hours",
        ),
        pytest.param(
            "Le trafic a repris à 9 h.",
            "Le trafic a repris à 9h00.",
            id="french_hour_abbreviated",
        ),
        pytest.param(
            "Cent bus et deux cents tramways ont circulé.",
            "100 bus et 200 tramways ont circulé.",
            id="french_cent_cents",
        ),
        pytest.param(
            "Quelque 1 200 bus ont circulé ce mardi.",
            "Quelque mille deux cents bus ont circulé ce mardi.",
            id="french_mille_deux_cents",
        ),
        pytest.param(
            "Il y a eu vingt et un blessés, dont dix-sept graves.",
            "Il y a eu 21 blessés, dont 17 graves.",
            id="french_et_un_and_hyphenated_teen",
        ),
        pytest.param(
            "Sept personnes ont été blessées.",
            "7 personnes ont été blessées.",
            id="french_sept",
        ),
        pytest.param(
            "Foram cento e vinte feridos.",
            "Foram 120 feridos.",
            id="portuguese_cento_e_vinte",
        ),
        pytest.param(
            "The council spent two hundred and fifty pounds.",
            "The council spent 250 pounds.",
            id="english_hundreds_and_tens",
        ),
        pytest.param(
            "Estimates of the dead ranged between forty and five hundred.",
            "Estimates of the dead ranged between 40 and 500.",
            id="english_tens_and_another_number",
        ),
        pytest.param(
            "Police arrested twenty and three were later released.",
            "Police arrested 20 and 3 were later released.",
            id="english_tens_and_another_count",
        ),
        pytest.param(
            "In Sept, the council approved the plan.",
            "In September, the council approved the plan.",
            id="english_sept_without_a_full_stop",
        ),
        pytest.param(
            "The council met in late Sept and approved the plan.",
            "The council met in late September and approved the plan.",
            id="english_sept_before_and",
        ),
        pytest.param(
            "Petrol rose six cents, or 2 per cent, the UN said.",
            "Petrol rose 6 cents, or 2%, the UN said.",
            id="english_cents_per_cent_and_the_un",
        ),
        pytest.param(
            "The fund will pay a dividend of 40 cents a share.",
            "The fund will pay a dividend of $0.40 a share.",
            id="cents_as_hundredths_of_a_dollar",
        ),
        pytest.param(
            "Shares in Harbour Retail fell 12p to 340p.",
            "Shares in Harbour Retail fell 12 pence to 340 pence.",
            id="pence_glued_to_the_digits",
        ),
        pytest.param(
            "Temperatures reached highs of 30c in London on Tuesday.",
            "Temperatures reached highs of 30C in London on Tuesday.",
            id="degrees_in_lower_case_are_no_cents",
        ),
        pytest.param(
            "Bananas cost 19\u00a2 a pound at the market.",
            "Bananas cost 19 cents a pound at the market.",
            id="a_cent_sign_glued_to_the_digits",
        ),
        pytest.param(
            "The plant has been cited twice for safety violations since 2022.",
            "The plant has been cited 2 times for safety violations since 2022.",
            id="twice_and_2_times",
        ),
        pytest.param(
            "Once the fire was out, crews left the plant.",
            "When the fire was out, crews left the plant.",
            id="once_as_soon_as",
        ),
        pytest.param(
            "The once-busy plant closed in 2019.",
            "The busy plant closed in 2019.",
            id="once_formerly",
        ),
    ],
)
def test_one_number_written_two_ways_is_no_change(a: str, b: str) -> None:
    """Separators, number words (of one number however many: "treinta y cinco", "mille deux
    cents"), fractions in words, multipliers, abbreviations, other scripts' digits, a French
    clock ("9h00", "9 heures") and a wire dateline's date change how a number or date is
    written, not which it is; English cents, "per cent" and the UN are no French numbers;
    "twice" is "2 times", and "once" that counts no time ("Once the fire was out", "the
    once-busy plant") is no number."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Ridership on the network grew 7% last year.",
            "Ridership on the network grew 7% this year.",
            [("number_changed", "last year", "this year")],
            id="last_year_against_this_year",
        ),
        pytest.param(
            "The council approved the budget last week.",
            "The council approved the budget this week.",
            [("number_changed", "last week", "this week")],
            id="last_week_against_this_week",
        ),
        pytest.param(
            "The new line opens to passengers next year.",
            "The new line opens to passengers this year.",
            [("number_changed", "next year", "this year")],
            id="next_year_against_this_year",
        ),
        pytest.param(
            "Last year's floods killed 12 people.",
            "This year's floods killed 12 people.",
            [("number_changed", "Last year", "This year")],
            id="a_periods_possessive",
        ),
        pytest.param(
            "The council approved the budget last week.",
            "The council approved the budget on Wednesday.",
            [],
            id="a_weekday_may_fall_in_last_week",
        ),
        pytest.param(
            "Sales rose 7% over the last year.",
            "Sales rose 7% last year.",
            [("number_added", "", "last year")],
            id="the_last_year_is_a_span",
        ),
        pytest.param(
            "Las ventas subieron un 7% el año pasado.",
            "Las ventas subieron un 7% este año.",
            [("number_changed", "año pasado", "este año")],
            id="spanish_last_year_against_this_year",
        ),
        pytest.param(
            "El consejo aprobó el presupuesto la semana pasada.",
            "El consejo aprobó el presupuesto.",
            [("number_removed", "semana pasada", "")],
            id="spanish_last_week_dropped",
        ),
        pytest.param(
            "El consejo aprobó ayer el presupuesto.",
            "El consejo aprobó hoy el presupuesto.",
            [("number_changed", "ayer", "hoy")],
            id="spanish_yesterday_against_today",
        ),
        pytest.param(
            "El consejo aprobó ayer el presupuesto.",
            "El consejo aprobó el lunes el presupuesto.",
            [],
            id="spanish_yesterday_may_be_a_weekday",
        ),
        pytest.param(
            "El consejo aprobó el presupuesto el mes pasado.",
            "El consejo aprobó el presupuesto en marzo.",
            [],
            id="spanish_last_month_may_be_a_month",
        ),
    ],
)
def test_a_period_named_from_the_day_of_writing_is_a_date(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Last year", "this week" and "next year" are dates as "yesterday" and "today" are: one
    against another moves a date, a weekday may be a day of the week named, and "the last year"
    is a span of time, no date; so are Spanish "el año pasado", "la semana pasada", "ayer" and
    "hoy", which a Spanish weekday or month's name, read as no date, may be."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Repairs to the bridge will take two weeks.",
            "Repairs to the bridge will take a fortnight.",
            id="fortnight",
        ),
        pytest.param(
            "The army has deployed 18 boats and two helicopters.",
            "The army has deployed 18 boats and a pair of helicopters.",
            id="a_pair_of",
        ),
        pytest.param(
            "The army has deployed 18 boats and two helicopters.",
            "The army has deployed 18 boats and a couple of helicopters.",
            id="a_couple_of",
        ),
        pytest.param(
            "One in four residents said they would move.",
            "A quarter of residents said they would move.",
            id="one_in_four_as_a_quarter",
        ),
        pytest.param(
            "One in four residents said they would move.",
            "25% of residents said they would move.",
            id="one_in_four_as_a_percentage",
        ),
        pytest.param(
            "The bank raised rates by half a percentage point.",
            "The bank raised rates by 50 basis points.",
            id="basis_points",
        ),
        pytest.param(
            "The bank raised rates by 0.25 percentage point.",
            "The bank raised rates by 25 basis points.",
            id="basis_points_as_hundredths_of_a_point",
        ),
        pytest.param(
            "The lender's margin widened by 3.5 percentage points.",
            "The lender's margin widened by 350 basis points.",
            id="basis_points_as_points",
        ),
        pytest.param(
            "The utility raised its quarterly dividend by 3/4 of a cent.",
            "The utility raised its quarterly dividend by 0.75 cent.",
            id="a_fraction_of_a_cent_in_digits",
        ),
        pytest.param(
            "The utility raised its quarterly dividend by 3/4 of a cent.",
            "The utility raised its quarterly dividend by three-quarters of a cent.",
            id="a_fraction_of_a_cent_in_words",
        ),
        pytest.param(
            "The utility raised its quarterly dividend by half a cent.",
            "The utility raised its quarterly dividend by 0.5 cent.",
            id="half_a_cent",
        ),
        pytest.param(
            "Prices at the pump have doubled since 2020.",
            "Prices at the pump have risen 100% since 2020.",
            id="doubled_as_a_rise_of_100_percent",
        ),
        pytest.param(
            "Rents in the old town have doubled.",
            "Rents in the old town have risen 100%.",
            id="doubled_the_sentences_only_number",
        ),
    ],
)
def test_a_number_told_by_a_noun_a_share_or_a_verb_is_that_number(a: str, b: str) -> None:
    """A noun that counts ("a pair of", "a fortnight"), a share told as a count of a whole ("one
    in four"), basis points, a verb of how many times a number grew ("doubled") and a fraction of
    a cent ("3/4 of a cent") give the number another version writes in digits or words."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Repairs to the bridge will take a fortnight.",
            "Repairs to the bridge will take three weeks.",
            [("number_changed", "fortnight", "three weeks")],
            id="fortnight_against_three_weeks",
        ),
        pytest.param(
            "The army has deployed a pair of helicopters.",
            "The army has deployed three helicopters.",
            [("number_changed", "pair", "three")],
            id="a_pair_against_three",
        ),
        pytest.param(
            "One in four residents said they would move.",
            "One in five residents said they would move.",
            [("number_changed", "One in four", "One in five")],
            id="one_in_four_against_one_in_five",
        ),
        pytest.param(
            "The bank raised rates by 50 basis points.",
            "The bank raised rates by 25 basis points.",
            [("number_changed", "50 basis points", "25 basis points")],
            id="basis_points_changed",
        ),
        pytest.param(
            "The bank raised rates by 25 basis points.",
            "The bank raised rates by 2.5 percentage points.",
            [("number_changed", "25 basis points", "2.5 percentage points")],
            id="basis_points_against_ten_times_the_points",
        ),
        pytest.param(
            "Shares of Harbor Micro rose 3.5% to $84.23.",
            "Shares of Harbor Micro rose 350 basis points to $84.23.",
            [("number_changed", "3.5%", "350 basis points")],
            id="a_share_against_basis_points",
        ),
        pytest.param(
            "The bank raised rates by 25 basis points.",
            "The bank raised rates by 0.25%.",
            [("number_changed", "25 basis points", "0.25%")],
            id="basis_points_against_a_share_of_them",
        ),
        pytest.param(
            "The utility raised its quarterly dividend by three-quarters of a cent.",
            "The utility raised its quarterly dividend by 1 cent.",
            [("number_changed", "three-quarters of a cent", "1 cent")],
            id="a_fraction_of_a_cent_against_a_cent",
        ),
        pytest.param(
            "Prices at the pump have doubled since 2020.",
            "Prices at the pump have tripled since 2020.",
            [("number_changed", "doubled", "tripled")],
            id="doubled_against_tripled",
        ),
        pytest.param(
            "The couple were found safe near the river.",
            "The two were found safe near the river.",
            [("number_added", "", "two")],
            id="the_couple_counts_nothing",
        ),
    ],
)
def test_a_number_told_by_a_noun_a_share_or_a_verb_still_tells_a_change(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Such a number against another is a change, shown as each version writes it; "the
    couple" is a pair of people, no count. Basis points are hundredths of a percentage point,
    which a share ("3.5%") is not."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


# The ordinals of the days of a month, as words write them.
ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
    "twenty-ninth", "thirtieth", "thirty-first",
)  # fmt: skip


@pytest.mark.parametrize(
    ("day", "word"), [pytest.param(day, word, id=word) for day, word in enumerate(ORDINAL_WORDS, 1)]
)
def test_an_ordinal_in_digits_or_words_is_no_change(day: int, word: str) -> None:
    """AP spells out a rank or a day that Reuters gives in digits: "the 11th day of the strike"
    and "the eleventh day of the strike" are one number, to the last day of a month."""
    ending = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day // 10 != 1 else 0, "th")
    assert (
        framing_notes(
            f"It was the {day}{ending} day of the strike.", f"It was the {word} day of the strike."
        )
        == ()
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The firm marked its 100th anniversary.",
            "The firm marked its hundredth anniversary.",
            id="hundredth",
        ),
        pytest.param(
            "The town dates from the 19th century.",
            "The town dates from the nineteenth century.",
            id="a_century",
        ),
        pytest.param(
            "Команда заняла третье место.",
            "Команда заняла 3-е место.",  # noqa: RUF001
            id="russian_neuter",
        ),
        pytest.param(
            "Третья попытка оказалась удачной.",
            "3-я попытка оказалась удачной.",
            id="russian_feminine",
        ),
        pytest.param(
            "Le scrutin aura lieu le 1er mars.",
            "Le scrutin aura lieu le premier mars.",
            id="french",
        ),
        pytest.param(
            "Le coureur a fini vingt et unième de l'étape.",
            "Le coureur a fini 21e de l'étape.",
            id="french_compound_after_a_join",
        ),
        pytest.param(
            "Le coureur a fini trente-et-unième de l'étape.",
            "Le coureur a fini 31e de l'étape.",
            id="french_compound_hyphened",
        ),
        pytest.param(
            "La votación será el 1 de marzo.", "La votación será el primero de marzo.", id="spanish"
        ),
        pytest.param(
            "Die Abstimmung ist am 1. März.", "Die Abstimmung ist am ersten März.", id="german"
        ),
        pytest.param(
            "Die Frist endet am 30. März.",
            "Die Frist endet am dreißigsten März.",
            id="german_sharp_s",
        ),
    ],
)
def test_an_ordinal_in_any_form_is_its_number(a: str, b: str) -> None:
    """Ordinals above ten, and those that decline in Russian, French, Spanish and German, are
    the numbers their digits write."""
    assert framing_notes(a, b) == ()


def test_a_rank_above_ten_changed_in_words_is_noted() -> None:
    """ "Eleventh" against "twelfth" changes a rank, as "third" against "fourth" does."""
    notes = framing_notes(
        "She finished eleventh in the final.", "She finished twelfth in the final."
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [("number_changed", "eleventh", "twelfth")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("The vote is on 2024-03-12.", "The vote is on March 12, 2024.", id="iso"),
        pytest.param("The vote is on 12.03.2024.", "The vote is on 12 March 2024.", id="dotted"),
        pytest.param("The vote is on 14/03/2024.", "The vote is on 14 March 2024.", id="day_first"),
        pytest.param(
            "The vote is on 03/14/2024.", "The vote is on March 14, 2024.", id="month_first"
        ),
        pytest.param(
            "The vote is on 12/03/2024.", "The vote is on 12 March 2024.", id="either_way"
        ),
        pytest.param(
            "The inquest into the crash opened on 07-12-2024 in Leeds.",
            "The inquest into the crash opened on 7 December 2024 in Leeds.",
            id="hyphens_and_a_leading_zero_as_a_telephone_number_writes_them",
        ),
        pytest.param(
            "The vote is on 2024/03/12, officials said.",
            "The vote is on March 12, 2024, officials said.",
            id="year_first",
        ),
        pytest.param(
            "The vote is on 3/12, officials said.",
            "The vote is on March 12, officials said.",
            id="month_and_day_without_a_year",
        ),
        pytest.param(
            "The line is staffed 24/7, officials said.",
            "The line is staffed 24 hours a day, 7 days a week, officials said.",
            id="slashed_numbers_that_may_be_a_date",
        ),
        pytest.param(
            "Die Wahl findet am 12.03. im Rathaus statt.",
            "Die Wahl findet am 12. März im Rathaus statt.",
            id="german_day_and_month_without_a_year",
        ),
        pytest.param(
            "The 9/11 attacks killed nearly 3,000 people.",
            "The September 11 attacks killed nearly 3,000 people.",
            id="a_date_named_by_its_digits",
        ),
        pytest.param(
            "Die Wahl findet am 12.03.2024 statt.",
            "Die Wahl findet am 12. März 2024 statt.",
            id="german",
        ),
        pytest.param(
            "Le scrutin aura lieu le 12.03.2024.",
            "Le scrutin aura lieu le 12 mars 2024.",
            id="french",
        ),
        pytest.param(
            "Las elecciones serán el 12.03.2024.",
            "Las elecciones serán el 12 de marzo de 2024.",
            id="spanish",
        ),
        pytest.param(
            "Las elecciones serán el 12.05.2024.",
            "Las elecciones serán el 12 de mayo de 2024.",
            id="spanish_month_named_too",
        ),
        pytest.param(
            "Выборы пройдут 12.03.2024.", "Выборы пройдут 12 марта 2024 года.", id="russian"
        ),
    ],
)
def test_a_date_in_digits_is_the_date_in_words(a: str, b: str) -> None:
    """A date in digits is its day, month and year, as ``dates.py`` reads it: a slashed date
    whose day and month may be either meets both readings, and a month named in any language
    of ``dates.MONTHS`` after its day is that month."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "months"),
    [
        pytest.param(
            "Die Wahl zum Stadtrat findet am 12 Mai statt.",
            "Die Wahl zum Stadtrat findet am 12 Juni statt.",
            ("12 Mai", "12 Juni"),
            id="german_without_the_days_stop",
        ),
        pytest.param(
            "Les \u00e9lections municipales auront lieu le 12 Mai.",
            "Les \u00e9lections municipales auront lieu le 12 Juin.",
            ("12 Mai", "12 Juin"),
            id="french_with_a_capital",
        ),
    ],
)
def test_a_capitalised_month_changed_after_its_day_in_digits_is_noted(
    a: str, b: str, months: tuple[str, str]
) -> None:
    """A month another language capitalises straight after its day in digits is a month, with
    no word after it that it names a thing with ("12 Mai Tais"): moving the date is noted."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == [("number_changed", *months)]


def test_a_capitalised_month_opening_a_name_after_a_count_is_no_month() -> None:
    """A count of a thing named with a month's word, "Mai Tais", is no date however short the
    sentence that tells of it."""
    assert framing_notes("She ordered 12 Mai Tais.", "She ordered 12 cocktails.") == ()


def test_a_changed_date_in_digits_is_shown_as_written() -> None:
    """A day changed in a numeric date is noted once, as the date is written."""
    notes = framing_notes("The vote is on 14/03/2024.", "The vote is on 15 March 2024.")
    assert [(n.kind, n.a, n.b) for n in notes] == [
        ("number_changed", "14/03/2024", "15 March 2024")
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The vote is on 3/12, officials said.",
            "The vote is on March 13, officials said.",
            [("number_changed", "3/12", "March 13")],
            id="month_and_day_without_a_year",
        ),
        pytest.param(
            "Die Wahl findet am 12.03. im Rathaus statt.",
            "Die Wahl findet am 13. März im Rathaus statt.",
            [("number_changed", "12.03.", "13. März")],
            id="german_day_and_month_without_a_year",
        ),
    ],
)
def test_a_changed_date_without_its_year_is_noted(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A day and month in digits without a year ("3/12", "am 12.03.") are a date still: another
    day changes it, noted once, as the date is written."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        pytest.param(
            "The vote will be held on Dec. 2, officials said.",
            "The vote will be held on Dec. 9, officials said.",
            ("Dec. 2", "Dec. 9"),
            id="day_of_a_month_both_give",
        ),
        pytest.param(
            "The poll was taken between May 10 and May 14.",
            "The poll was taken between May 11 and May 15.",
            ("May 10, May 14", "May 11, May 15"),
            id="two_days_of_a_month_both_give",
        ),
        pytest.param(
            "Forecasters expect highs of 38-40C on Wednesday.",
            "Forecasters expect highs of 40-42C on Wednesday.",
            ("38-40C", "40-42C"),
            id="range_with_its_unit_sharing_a_number",
        ),
        pytest.param(
            "Forecasters expect highs of 38C to 40C on Wednesday.",
            "Forecasters expect highs of 40C to 42C on Wednesday.",
            ("38C to 40C", "40C to 42C"),
            id="range_written_with_to",
        ),
        pytest.param(
            "Temperatures hit 41C in Seville on Monday.",
            "Temperatures hit 44C in Seville on Monday.",
            ("41C", "44C"),
            id="unit_glued_to_its_number",
        ),
    ],
)
def test_a_number_is_shown_whole_where_the_other_version_shares_a_part(
    a: str, b: str, shown: tuple[str, str]
) -> None:
    """A changed day is shown with the month both versions give, a range whole though the other
    shares one end of it, and a number with its unit glued to it, as the sentence writes them."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("number_changed", *shown)]


def test_a_month_changed_in_another_language_is_noted() -> None:
    """A French month after its day is a date's month, as an English one is: changing it changes
    the date."""
    notes = framing_notes("Le scrutin aura lieu le 12 mars.", "Le scrutin aura lieu le 12 avril.")
    assert [(n.kind, n.a, n.b) for n in notes] == [("number_changed", "12 mars", "12 avril")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The chipmaker agreed a $7B takeover of its rival.",
            "The chipmaker agreed a $7 billion takeover of its rival.",
            id="capital_b_billions",
        ),
        pytest.param(
            "Analysts valued the group at $3b on Friday.",
            "Analysts valued the group at $3bn on Friday.",
            id="small_b_billions",
        ),
        pytest.param(
            "The company became the first worth $4T in July.",
            "The company became the first worth $4 trillion in July.",
            id="capital_t_trillions",
        ),
        pytest.param(
            "About $2B was raised, a B-52 crew said.",
            "About $2 billion was raised, a B-52 crew said.",
            id="estimate_of_billions_and_a_jet",
        ),
    ],
)
def test_billions_and_trillions_by_their_letter_are_no_change(a: str, b: str) -> None:
    """US business copy writes billions and trillions by one letter after the amount ("$7B",
    "$4T"): the same amount as in words, and a bomber's "B-52" stays a name."""
    assert framing_notes(a, b) == ()


def test_a_bombers_number_is_a_name_beside_billions() -> None:
    """The "B" of a numbered name is no multiplier: dropping "B-52" changes no count."""
    assert framing_notes("The B-52 flew from Guam.", "The bomber flew from Guam.") == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Police said 12 people were injured.",
            "Police said 15 people were injured.",
            ("12", "15"),
            id="digits",
        ),
        pytest.param(
            "About 1,200 residents were evacuated.",
            "About 1,500 residents were evacuated.",
            ("1,200", "1,500"),
            id="thousands",
        ),
        pytest.param(
            "The bridge carried about 20,000 vehicles a day.",
            "The bridge carried about 25 000 vehicles a day.",
            ("20,000 vehicles a day", "25 000 vehicles a day"),
            id="space_thousands",
        ),
        pytest.param(
            "The 10-year yield rose to 4.125% on Tuesday.",
            "The 10-year yield rose to 4.25% on Tuesday.",
            ("4.125%", "4.25%"),
            id="decimals",
        ),
        pytest.param(
            "Police said three people died.",
            "Police said four people died.",
            ("three", "four"),
            id="number_words",
        ),
        pytest.param(
            "Police said twelve people were injured.",
            "Police said 15 people were injured.",
            ("twelve", "15"),
            id="number_word_and_digits",
        ),
        pytest.param(
            "One person died in the blast, police said.",
            "Two people died in the blast, police said.",
            ("One", "Two"),
            id="one_became_two",
        ),
        pytest.param(
            "The city will spend $4.5 million on repairs.",
            "The city will spend $4.5 billion on repairs.",
            ("$4.5 million", "$4.5 billion"),
            id="multiplier",
        ),
        pytest.param(
            "The new line opens on Sept. 3, the ministry said.",
            "The new line opens on Oct. 3, the ministry said.",
            ("Sept. 3", "Oct. 3"),
            id="month",
        ),
        pytest.param(
            "\u0627\u0646\u062a\u062e\u0627\u0628\u0627\u062a \u06f2\u06f0\u06f1\u06f8 \u0645\u06cc\u06ba \u06c1\u0648\u0626\u06d2",
            "\u0627\u0646\u062a\u062e\u0627\u0628\u0627\u062a 2013 \u0645\u06cc\u06ba \u06c1\u0648\u0626\u06d2",
            ("\u06f2\u06f0\u06f1\u06f8", "2013"),
            id="urdu_digits",
        ),
        pytest.param(
            "LONDON, March 10 (Reuters) - British inflation fell to 2.8% in February.",
            "British inflation fell to 2.9% in February.",
            ("2.8%", "2.9%"),
            id="beside_a_dateline",
        ),
        pytest.param(
            "One person died and two were injured, police said.",
            "Two people died and two were injured, police said.",
            ("One", "two"),
            id="a_number_matched_once",
        ),
        pytest.param(
            "Kharkiv, May 5: four people were killed in a missile strike.",
            "Kharkiv, May 6: four people were killed in a missile strike.",
            ("May 5", "May 6"),
            id="a_timeline_entry_is_no_dateline",
        ),
        pytest.param(
            "Это случилось двадцать первого апреля.",
            "Это случилось 22 апреля.",
            ("двадцать первого", "22 апреля"),
            id="russian_day_as_an_ordinal",
        ),
        pytest.param(
            "Le coureur a fini vingt et unième de l'étape.",
            "Le coureur a fini 22e de l'étape.",
            ("vingt et unième", "22"),
            id="french_compound_ordinal",
        ),
        pytest.param(
            "Twenty-five people died in the floods.",
            "Twenty-six people died in the floods.",
            ("Twenty-five", "Twenty-six"),
            id="tens_and_unit",
        ),
        pytest.param(
            "The five-year plan ends in 2030.",
            "The six-year plan ends in 2030.",
            ("five-year", "six-year"),
            id="number_word_compound",
        ),
        # Russian text: its letters that look Latin are meant.
        pytest.param(
            "Переговоры отложены до понедельника.",
            "Переговоры отложены до пятницы.",
            ("понедельника", "пятницы"),
            id="weekday_in_the_genitive",
        ),
        pytest.param(
            "Это случилось в марте.", "Это случилось в мае.", ("марте", "мае"), id="month"
        ),
        pytest.param(
            "Погибли пять человек.", "Погибли шесть человек.", ("пять", "шесть"), id="number_word"
        ),
        pytest.param(
            "Arsenal won 2-1 at home.", "Arsenal won 3-1 at home.", ("2-1", "3-1"), id="score"
        ),
        pytest.param(
            "Harrow beat Castlebridge 3-2 at Mill Lane.",
            "Harrow beat Castlebridge 3-1 at Mill Lane.",
            ("3-2", "3-1"),
            id="a_scores_second_count",
        ),
        pytest.param(
            "Okafor scored in the 45+2 minute.",
            "Okafor scored in the 45+3 minute.",
            ("45+2 minute", "45+3 minute"),
            id="a_minute_of_stoppage_time",
        ),
        pytest.param(
            "Norvale expects FY25 revenue of $600 million.",
            "Norvale expects FY26 revenue of $600 million.",
            ("FY25", "FY26"),
            id="a_fiscal_year",
        ),
        pytest.param(
            "Der Umsatz stieg um 12 Prozent.",
            "Der Umsatz stieg um 21 Prozent.",
            ("12 Prozent", "21 Prozent"),
            id="a_share_in_german",
        ),
        pytest.param(
            "Redfield drew one-all at Ashby.",
            "Redfield drew 2-2 at Ashby.",
            ("one-all", "2-2"),
            id="a_draw_in_words",
        ),
        pytest.param(
            "Au moins douze morts.", "Au moins treize morts.", ("douze", "treize"), id="french"
        ),
        pytest.param(
            "The talks resume in May.", "The talks resume in June.", ("May", "June"), id="may"
        ),
        pytest.param("Polls open at 9am.", "Polls open at 10am.", ("9am", "10am"), id="clock"),
        pytest.param(
            "The council voted 7-2 to ban cars.",
            "The council voted 2-7 to ban cars.",
            ("7-2", "2-7"),
            id="vote_reversed",
        ),
        pytest.param(
            "Repairs will cost $20-25 million.",
            "Repairs will cost $20-30 million.",
            ("$20-25 million", "$20-30 million"),
            id="the_end_of_a_range",
        ),
        pytest.param(
            "The memorial lists those who died from 1939-45.",
            "The memorial lists those who died from 1939-46.",
            ("1939-45", "1939-46"),
            id="a_year_cut_short",
        ),
        pytest.param(
            "Spotkanie o godzinie 14:30.",
            "Spotkanie o godzinie 15:30.",
            ("14:30", "15:30"),
            id="clock_24_hours",
        ),
        pytest.param(
            "It fell to -5C overnight.", "It fell to 5C overnight.", ("-5C", "5C"), id="below_zero"
        ),
        pytest.param(
            "The scheme will run until the end of May.",
            "The scheme will run until the end of June.",
            ("May", "June"),
            id="end_of_may",
        ),
        pytest.param(
            "The report is due by May, the minister said.",
            "The report is due by June, the minister said.",
            ("May", "June"),
            id="by_may",
        ),
        pytest.param(
            "One witness said police fired 12 shots.",
            "A witness said police fired 15 shots.",
            ("12", "15"),
            id="held_word_beside_a_change",
        ),
        pytest.param(
            "Polls close at 10.", "Polls close at 11pm.", ("10", "11pm"), id="at_another_hour"
        ),
        pytest.param(
            "Around 8 people were injured, police said.",
            "Around 20 people were injured, police said.",
            ("8", "20"),
            id="two_counts_twelve_apart",
        ),
        pytest.param(
            "Trading halted at 0900 GMT.",
            "Trading halted at 21:00 GMT.",
            ("0900 GMT", "21:00 GMT"),
            id="another_wire_time",
        ),
        pytest.param(
            "Prices last rose this fast in the 1980s.",
            "Prices last rose this fast in the '90s.",
            ("1980s", "'90s"),
            id="short_decade",
        ),
        pytest.param(
            "Hiring last slowed this much in the 1970s.",
            "Hiring last slowed this much in 1970.",
            ("1970s", "1970"),
            id="a_decade_is_no_year",
        ),
        pytest.param(
            "The state will publish its May inspection report.",
            "The state will publish its June inspection report.",
            ("May", "June"),
            id="month_before_a_noun",
        ),
        pytest.param(
            "The bridge collapsed on Tuesday.",
            "The bridge collapsed during Wednesday's rush hour.",
            ("Tuesday", "Wednesday"),
            id="possessive_weekday",
        ),
        pytest.param(
            "Acme Robotics today announced plans for a plant.",
            "Acme Robotics yesterday announced plans for a plant.",
            ("today", "yesterday"),
            id="today_to_yesterday",
        ),
        pytest.param(
            "Ana Ruiz, 34 (right) and her son were rescued from the roof.",
            "Ana Ruiz, 35 (right) and her son were rescued from the roof.",
            ("34", "35"),
            id="an_age_before_a_bracket_is_no_datelines_day",
        ),
        pytest.param(
            "The central bank raised its rate to four and a half percent.",
            "The central bank raised its rate to 5 percent.",
            ("four and a half percent", "5 percent"),
            id="a_fraction_in_words_changed",
        ),
        pytest.param(
            "Half of the 40 workers were hurt in the blast.",
            "Half of the 45 workers were hurt in the blast.",
            ("40", "45"),
            id="a_share_in_words_is_no_number_of_its_own",
        ),
        pytest.param(
            "The Fed raised rates by .5% on Wednesday.",
            "The Fed raised rates by 5% on Wednesday.",
            (".5%", "5%"),
            id="a_decimal_without_its_zero",
        ),
        pytest.param(
            "Up to 5 1/2 inches of rain fell on Dallas.",
            "Up to 6 inches of rain fell on Dallas.",
            ("5 1/2 inches", "6 inches"),
            id="a_fraction_in_digits",
        ),
        pytest.param(
            "Prices rose by 1/4 over the winter.",
            "Prices rose by 3/4 over the winter.",
            ("1/4", "3/4"),
            id="a_fraction_in_digits_alone",
        ),
        pytest.param(
            "Norway finished third in the relay.",
            "Norway finished fourth in the relay.",
            ("third", "fourth"),
            id="a_rank",
        ),
        pytest.param(
            "Dozens of people were hurt when the stand collapsed.",
            "Hundreds of people were hurt when the stand collapsed.",
            ("dozens", "hundreds"),
            id="an_order_of_count_in_words",
        ),
        pytest.param(
            "Thousands of people lined the road to the port.",
            "Tens of thousands of people lined the road to the port.",
            ("thousands", "tens of thousands"),
            id="an_order_of_an_order_of_count",
        ),
        pytest.param(
            "Unos 300 vecinos fueron desalojados.",
            "Unos cuatrocientos vecinos fueron desalojados.",
            ("300", "cuatrocientos"),
            id="spanish_hundreds",
        ),
        pytest.param(
            "Hay treinta y cinco heridos.",
            "Hay 36 heridos.",
            ("treinta y cinco", "36"),
            id="spanish_tens_y_unit",
        ),
        pytest.param(
            "La pérdida asciende a mil quinientos millones de euros.",
            "La pérdida asciende a 1.600 millones de euros.",
            ("mil quinientos millones", "1.600 millones"),
            id="spanish_mil_millones",
        ),
        pytest.param(
            "El ahorro será de 1,2 billones de pesos, según Hacienda.",
            "El ahorro será de 1,2 mil millones de pesos, según Hacienda.",
            ("1,2 billones", "1,2 mil millones"),
            id="spanish_billones_for_mil_millones",
        ),
        pytest.param(
            "Quelque 1 200 bus ont circulé ce mardi.",
            "Quelque mille trois cents bus ont circulé ce mardi.",
            ("1 200", "mille trois cents"),
            id="french_mille_cents",
        ),
        pytest.param(
            "The house is worth $40 mil, the agent said.",
            "The house is worth $40,000, the agent said.",
            ("$40", "$40,000"),
            id="english_mil_is_no_thousand",
        ),
        pytest.param(
            "Le trafic a repris à 9h00.",
            "Le trafic a repris à 10 heures.",
            ("9h00", "10 heures"),
            id="french_clock",
        ),
        pytest.param(
            "Medics treated dozens of marchers for smoke inhalation, the fire service said.",
            "Medics treated 12 marchers for smoke inhalation, the fire service said.",
            ("dozens", "12"),
            id="an_order_in_words_made_a_count",
        ),
        pytest.param(
            "The vigil drew several hundred mourners to the square on Friday.",
            "The vigil drew more than 500 mourners to the square on Friday.",
            ("several hundred", "500"),
            id="a_vague_order_made_a_qualified_count",
        ),
        pytest.param(
            "Firefighters rescued 14 residents from the flooded estate, the council said.",
            "Firefighters rescued several residents from the flooded estate, the council said.",
            ("14", "several"),
            id="a_count_made_a_vague_count_of_no_order",
        ),
        pytest.param(
            "Scores of fans were turned away at the gates before kick-off.",
            "Sixty fans were turned away at the gates before kick-off.",
            ("Scores of", "Sixty"),
            id="a_vague_count_of_no_order_made_a_count",
        ),
    ],
)
def test_changed_numbers_are_noted(a: str, b: str, expected: tuple[str, str]) -> None:
    """A different number or date is noted with each side's own spelling of it, however the
    unchanged numbers beside it are written."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("number_changed", *expected)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The council will vote on the budget on July 1.",
            "The council will vote on the budget soon.",
            [("number_removed", "July 1", "")],
            id="a_month_and_its_day_dropped",
        ),
        pytest.param(
            "The plant closed in Oct. 2019 after a fire, the company said.",
            "The plant closed after a fire, the company said.",
            [("number_removed", "Oct. 2019", "")],
            id="a_short_month_and_its_year_dropped",
        ),
        pytest.param(
            "The strike began on June 3 at the port.",
            "The strike began on July 1 at the port.",
            [("number_changed", "June 3", "July 1")],
            id="a_date_in_place_of_another",
        ),
        pytest.param(
            "The bridge reopened on March 31, 2021, six years late.",
            "The bridge reopened on Tuesday, six years late.",
            [("number_changed", "March 31, 2021", "Tuesday")],
            id="a_weekday_in_place_of_a_date",
        ),
        pytest.param(
            "Talks ran from 4 May to 12 May in Geneva.",
            "Talks ran in Geneva.",
            [("number_removed", "4 May, 12 May", "")],
            id="two_dates_with_the_day_first",
        ),
    ],
)
def test_a_date_is_noted_as_its_sentence_writes_it(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A day noted with its month and year reads as the sentence writes the date, not as its
    parts listed apart ("July, 1"), nor with the day counted as a number of its own."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Customs officers seize drugs at the border crossing.",
            "Customs officers found 3 kilos of drugs at the border crossing.",
            [("number_added", "", "3 kilos")],
            id="police_seize",
        ),
        pytest.param(
            "Hurricane Otto hit the coast of Nicaragua on Thursday.",
            "A hurricane hit the coast of Nicaragua on Thursday, killing 3.",
            [("number_added", "", "3")],
            id="hurricane_otto",
        ),
        pytest.param(
            "The price of petrol rose by a cent overnight.",
            "The price of petrol rose by 4 cents overnight.",
            [("number_added", "", "4 cents")],
            id="a_cent",
        ),
        pytest.param(
            "Bus fares rose one cent a ride.",
            "Bus fares rose 3 cents a ride.",
            [("number_changed", "one cent", "3 cents")],
            id="one_cent",
        ),
        pytest.param(
            "Seize personnes ont été évacuées.",
            "17 personnes ont été évacuées.",
            [("number_added", "", "17")],
            id="french_seize_too",
        ),
    ],
)
def test_a_number_word_that_is_an_english_word_is_no_replaced_count(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A held number word that is as often an English word or name ("seize", "Otto", "cent") is
    never shown as the count that the other version's number replaced, as "one" is; in French too,
    where "seize" is sixteen, the other's count is only added."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Leaders of the G7 met in Hiroshima on Friday.",
            "Leaders of the Group of Seven met in Hiroshima on Friday.",
            id="g7_group_of_seven",
        ),
        pytest.param(
            "The G20 summit opened in Rio.",
            "The Group of 20 summit opened in Rio.",
            id="g20_group_of_20",
        ),
        pytest.param(
            "The veteran served in World War II until 1945.",
            "The veteran served in World War Two until 1945.",
            id="world_war_roman_and_words",
        ),
        pytest.param(
            "Fans cheered as the Trois-Rivieres club won 4-1.",
            "Fans cheered as the club won 4-1.",
            id="french_city_hyphened",
        ),
        pytest.param(
            "The Cinq-Mars family sued the city for $2 million.",
            "The family sued the city for $2 million.",
            id="french_family_name",
        ),
        pytest.param(
            "The Tres Hermanos restaurant closed after 30 years.",
            "The restaurant closed after 30 years.",
            id="spanish_words_of_a_shop",
        ),
        pytest.param(
            "Commuters were told the Seven Sisters station had closed.",
            "Commuters were told the station had closed.",
            id="english_number_before_a_capitalised_word",
        ),
        pytest.param(
            "Shares in the Big Four banks fell on Monday.",
            "Shares in the big banks fell on Monday.",
            id="english_number_after_a_capitalised_word",
        ),
        pytest.param(
            "The fugitive joined the FBI's Ten Most Wanted list on Friday.",
            "The fugitive joined the FBI's 10 Most Wanted list on Friday.",
            id="english_number_in_a_name_and_its_digits",
        ),
        pytest.param(
            "The storm became a Category Five hurricane overnight.",
            "The storm became a Category 5 hurricane overnight.",
            id="english_number_after_a_numbering_word_is_its_digits",
        ),
    ],
)
def test_a_number_in_a_name_is_no_count(a: str, b: str) -> None:
    """A group or war named by its number, in digits, words or Roman numerals ("G7", "the Group
    of Seven", "World War II"), another language's number word written as part of a name in an
    English sentence ("Trois-Rivieres", "Tres Hermanos") count nothing; an English one with a
    capital beside a capitalised word inside the sentence ("the Seven Sisters station", "the
    Big Four banks") may be the other's digits ("Ten Most Wanted"), but left out changes no
    number; after a word that numbers things ("Category Five") it is its digits."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Leaked files obtained by Russia Today show the ministry paid 40 contractors.",
            "Leaked files obtained by the Sentinel show the ministry paid 40 contractors.",
            id="an_outlets_name_put_for_another",
        ),
        pytest.param(
            "Experts interviewed by Meridian Today said the papers were authentic.",
            "Experts interviewed by our reporters said the papers were authentic.",
            id="an_outlets_name_dropped",
        ),
        pytest.param(
            "The governor told USA Today that the bridge would reopen.",
            "The governor told reporters that the bridge would reopen.",
            id="an_outlets_name_after_a_word_in_capitals",
        ),
    ],
)
def test_a_day_in_an_outlets_name_is_no_date(a: str, b: str) -> None:
    """A "Today" that ends an outlet's name ("Russia Today", "USA Today") names no day: a copy
    that puts another outlet, or none, in its place adds or drops no date."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Today the ministry paid 40 contractors.",
            "The ministry paid 40 contractors.",
            [("number_removed", "Today", "")],
            id="opening_the_sentence",
        ),
        pytest.param(
            "The ministry said today it paid 40 contractors.",
            "The ministry said it paid 40 contractors.",
            [("number_removed", "today", "")],
            id="in_lower_case",
        ),
        pytest.param(
            "Ministry Pays Contractors Today",
            "Ministry Pays Contractors",
            [("number_removed", "Today", "")],
            id="in_a_headline_in_title_case",
        ),
    ],
)
def test_today_outside_a_name_is_still_a_date(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A "Today" is still a day where no outlet's name holds it: opening a sentence, in lower
    case, or in a headline that capitalises every word."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Seven people died near the Seven Sisters station.",
            "People died near the Seven Sisters station.",
            [("number_removed", "Seven", "")],
            id="opening_the_sentence",
        ),
        pytest.param(
            "Police Say Five Dead in Crash on the M4",
            "Police Say Six Dead in Crash on the M4",
            [("number_changed", "Five", "Six")],
            id="in_a_headline_in_title_case",
        ),
        pytest.param(
            "The storm became a Category Five hurricane overnight.",
            "The storm became a Category Four hurricane overnight.",
            [("number_changed", "Five", "Four")],
            id="after_a_numbering_word",
        ),
    ],
)
def test_an_english_number_with_a_capital_outside_a_name_still_counts(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """An English number word with a capital counts where no name holds it: opening a sentence,
    in a headline that capitalises every word, after a word that numbers things."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The tablet cut migraine days by 31%, according to a phase 3 trial run by Brennard "
            "University.",
            "The tablet cut migraine days by 31%, Brennard University said.",
            [],
            id="a_trial_phase_left_out_with_its_trial",
        ),
        pytest.param(
            "Patients with stage 4 melanoma lived 9 months longer on the drug.",
            "Patients with melanoma lived 9 months longer on the drug.",
            [],
            id="a_cancer_stage_left_out",
        ),
        pytest.param(
            "The tablet, tested in a phase 3 trial, cut migraine days by 31%.",
            "The tablet, tested in a phase 2 trial, cut migraine days by 31%.",
            [("number_changed", "3", "2")],
            id="another_phase_in_its_place",
        ),
        pytest.param(
            "The river will crest at 12 feet, 3 feet above flood stage, tonight.",
            "The river will crest at 12 feet, 3 feet above flood stage.",
            [("number_removed", "tonight", "")],
            id="a_day_after_a_stage_is_no_step",
        ),
        pytest.param(
            "In a phase 3 trial, 412 patients had fewer migraines.",
            "In a trial, 421 patients had fewer migraines.",
            [("number_changed", "412", "421")],
            id="a_count_beside_a_phase_left_out",
        ),
    ],
)
def test_a_steps_number_left_out_with_its_step_is_no_figure_removed(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A number that names a step ("phase 3", "stage 4") left out with the words naming the step
    drops no figure; another step in its place changes one, and a count beside it is still read."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_a_day_a_copy_drops_is_noted_apart_from_the_figures_it_drops() -> None:
    """A copy that drops a release's "published today" and a figure of the same sentence drops
    two things, a day and a figure: two notes, not one "today, 30" that reads as one figure."""
    notes = framing_notes(
        "The study, published today in the Lancet Review, enrolled 2,306 adults with a blood "
        "pressure above 140.",
        "The study enrolled 2,306 adults and was published in the Lancet Review.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [
        ("number_removed", "140", ""),
        ("number_removed", "today", ""),
    ]


def test_another_languages_number_in_lower_case_still_counts() -> None:
    """Written in lower case, a Spanish number in an English sentence is still a count."""
    assert [
        (n.kind, n.a, n.b)
        for n in framing_notes(
            "The sign said tres dias in red paint.", "The sign said 4 dias in red paint."
        )
    ] == [("number_changed", "tres", "4")]


SPELLINGS = {
    "twelve": ("12", "twelve"),
    "1,200": ("1,200", "1200", "1 200", "1\u202f200", "mille deux cents", "mil doscientos"),
    "4.5 million": ("4.5 million", "4,500,000", "4.5m", "4 500 000"),
    "three": ("3", "three"),
    "35": ("35", "thirty-five", "treinta y cinco", "trente-cinq"),
    "300": ("300", "trescientos", "trois cents"),
}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Au moins 12 morts.", "Au moins douze morts.", id="french"),
        pytest.param("Vingt-cinq blessés.", "25 blessés.", id="french_tens_and_unit"),
        pytest.param("Il y avait quatre-vingts manifestants.", "Il y avait 80 manifestants.", id="french_eighty"),
        pytest.param("Hubo doce muertos.", "Hubo 12 muertos.", id="spanish"),
        pytest.param("Las pérdidas ascienden a un millón y medio de euros.", "Las pérdidas ascienden a 1,5 millones de euros.", id="spanish_and_a_half"),
        pytest.param("Les dégâts sont estimés à un million et demi d'euros.", "Les dégâts sont estimés à 1,5 million d'euros.", id="french_and_a_half"),
        pytest.param("Der Schaden wird auf anderthalb Millionen Euro geschätzt.", "Der Schaden wird auf 1,5 Millionen Euro geschätzt.", id="german_one_and_a_half"),
        pytest.param("Der Schaden wird auf 1,5 Mio. Euro geschätzt.", "Der Schaden wird auf 1,5 Millionen Euro geschätzt.", id="german_millions_cut_short"),
        pytest.param("Die Stadt zahlt eine halbe Million Euro.", "Die Stadt zahlt 500.000 Euro.", id="german_half_a_million"),
        pytest.param("El Gobierno destinará medio millón de euros.", "El Gobierno destinará 500.000 euros.", id="spanish_half_a_million"),
        pytest.param("La ville versera un demi-million d'euros.", "La ville versera 500 000 euros.", id="french_half_a_million"),
        pytest.param("La ville versera deux millions et demi d'euros.", "La ville versera 2,5 millions d'euros.", id="french_millions_and_a_half"),
        pytest.param("Rund 3 Tsd. Helfer waren im Einsatz.", "Rund 3000 Helfer waren im Einsatz.", id="german_thousands_cut_short"),
        pytest.param("Es dauerte zweieinhalb Stunden.", "Es dauerte 2,5 Stunden.", id="german_two_and_a_half"),
        pytest.param("Zwölf Tote und 2 Milliarden Euro Schaden.", "12 Tote und 2.000.000.000 Euro Schaden.", id="german"),
        pytest.param("Bei dem Brand wurden dreißig Menschen verletzt.", "Bei dem Brand wurden 30 Menschen verletzt.", id="german_sharp_s"),
        pytest.param("Die Polizei nahm fünfundzwanzig Personen fest.", "Die Polizei nahm 25 Personen fest.", id="german_units_und_tens_as_one_word"),
        pytest.param("Zweitausendfünfhundert Helfer waren im Einsatz.", "2.500 Helfer waren im Einsatz.", id="german_thousands_as_one_word"),
        pytest.param("Der Schaden beträgt dreihundert Millionen Euro.", "Der Schaden beträgt 300 Millionen Euro.", id="german_hundreds_as_one_word_and_millions"),
        pytest.param('"Wir zählen einundzwanzig Verletzte", sagte ein Sprecher.', '"Wir zählen 21 Verletzte", sagte ein Sprecher.', id="german_one_word_number_in_a_quotation"),
        pytest.param("Police seize twelve kilos once again.", "Police seize 12 kilos.", id="english_words_like_numbers"),
        pytest.param("The plan costs $1.5 trillion.", "The plan costs $1.5tn.", id="tn"),
        pytest.param("About 12,000 people marched.", "About 12k people marched.", id="k"),
        pytest.param("The flat costs Rs 30 lakh.", "The flat costs Rs 3 million.", id="lakh"),
        pytest.param("The vote is at 2 p.m. on Monday.", "The vote is at 14:00 on Monday.", id="clock_24_hours"),
        pytest.param("Polls open at 9am.", "Polls open at 9:00 a.m.", id="clock_minutes"),
        pytest.param("The 2024-25 budget passed.", "The 2024/25 budget passed.", id="financial_year"),
        pytest.param("Theresa May said talks may resume.", "Theresa May said talks could resume.", id="may_not_a_month"),
        pytest.param("The fund lost US$3 million.", "The fund lost $3 million.", id="us_dollar"),
        pytest.param("Repairs were never carried out.", "Repairs have not yet been carried out.", id="never_for_not"),
        pytest.param("No one was hurt in the blast.", "Nobody was hurt in the blast.", id="nobody_for_no_one"),
        pytest.param("The plant employs more than 4,000 people.", "The plant employs over 4,000 people.", id="more_than_for_over"),
        pytest.param("Nearly 300 homes flooded.", "Almost 300 homes flooded.", id="nearly_for_almost"),
        pytest.param("Some 25 people were hurt.", "About twenty-five people were hurt.", id="some_for_about_in_words"),
        pytest.param("Turnout was over 60%.", "Turnout was above 60%.", id="over_for_above"),
        pytest.param("The debate over 5G masts continues.", "The 5G mast debate continues.", id="over_before_a_name"),
        pytest.param("It is thought the fire began in the kitchen.", "The fire is thought to have begun in the kitchen.", id="it_is_thought"),
        pytest.param("He ran the mile in 3:43.", "He ran the mile in three minutes 43 seconds.", id="a_time_taken"),
        pytest.param("It fell to -5C overnight.", "It fell to minus 5C overnight.", id="minus"),
        pytest.param("It was the first time in 40 years.", "It was the second time in 40 years.", id="first_is_no_rank"),
        pytest.param("Police dispersed the crowd on Sunday.", "Police dispersed the protesters on Sunday.", id="protesters_is_the_plain_word"),
        pytest.param("Police said he used a .45-caliber handgun.", "Police said he used a 45-caliber handgun.", id="a_calibre_is_no_decimal"),
        pytest.param("Thousands cheered as the striker scores twice.", "Thousands cheered as the striker nets twice.", id="scores_the_verb"),
        pytest.param("Тысячи людей вышли на улицы.", "Тысячи человек вышли на улицы.", id="russian_thousands"),
        pytest.param("Believe it or not, the stand still has its wooden seats.", "The stand still has its wooden seats.", id="believe_it_or_not"),
        pytest.param("Whether or not the plan works, the council will vote.", "The council will vote.", id="whether_or_not"),
        pytest.param("The plant employs 5\u00bd thousand people.", "The plant employs 5,500 people.", id="a_fraction_sign_and_its_multiplier"),
        pytest.param("The fire threatened several hundred homes.", "The fire threatened hundreds of homes.", id="several_hundred_for_hundreds"),
        pytest.param("The Fed raised rates by .5%.", "The Fed raised rates by 0.5%.", id="a_decimal_without_its_zero"),
        pytest.param("Up to 5 1/2 inches of rain fell.", "Up to five and a half inches of rain fell.", id="a_fraction_in_digits"),
        pytest.param("Up to 5\u00bd inches of rain fell.", "Up to 5.5 inches of rain fell.", id="a_fraction_sign"),
        pytest.param("The mile took 3 3/4 minutes.", "The mile took three and three quarters minutes.", id="quarters_in_digits"),
        pytest.param("The trail climbs for 1/2 mile.", "The trail climbs for 0.5 mile.", id="a_fraction_in_digits_alone"),
        pytest.param("The trail climbs for 1/2 mile.", "The trail climbs for half a mile.", id="a_fraction_in_digits_for_half"),
        pytest.param("It raised C$1.2 billion.", "It raised 1.2 billion Canadian dollars.", id="canadian_dollars_in_words"),
        pytest.param("We meet at 10 o'clock.", "We meet at 10 a.m.", id="o_clock"),
        pytest.param("We meet at noon.", "We meet at 12 p.m.", id="noon"),
        pytest.param("Germany beat Denmark 23:21 in the final.", "Germany beat Denmark 23-21 in the final.", id="score_not_a_time"),
        pytest.param("The plan was criticised by May on Monday.", "The plan was criticised by the prime minister on Monday.", id="may_the_name"),
        pytest.param("Over 2 days, 40 people fled.", "In 2 days, 40 people fled.", id="over_a_span_of_time"),
        pytest.param("Tre Jones and Dix Hills won; dos and don'ts.", "Jones and Hills won; rules.", id="english_words_like_foreign_numbers"),
        pytest.param("\u7ea6\u4e09\u4e07\u4e94\u5343\u540d\u5de5\u4eba\u3002", "\u7ea6\u4e09\u4e07\u4e94\u540d\u5de5\u4eba\u3002", id="chinese_unit_left_unsaid"),
        pytest.param("\u8981\u6c42\u52a0\u85aa\u767e\u5206\u4e4b\u516b\u3002", "\u8981\u6c42\u52a0\u85aa8%\u3002", id="chinese_percent"),
        pytest.param("同社は三億円の損失を計上した。", "同社は3億円の損失を計上した。", id="japanese_oku"),
        pytest.param("住宅十軒が全壊した。", "住宅10軒が全壊した。", id="japanese_counter"),
        pytest.param("約三萬戶停電。", "約3萬戶停電。", id="traditional_wan"),
        pytest.param("Murieron dos personas en el incendio.", "Murieron 2 personas en el incendio.", id="spanish_dos"),
        pytest.param("\u589e\u957f\u767e\u5206\u4e4b\u4e94\u70b9\u4e8c\u3002", "\u589e\u957f5.2%\u3002", id="chinese_decimal_percent"),
        pytest.param("Dix personnes ont \u00e9t\u00e9 bless\u00e9es.", "10 personnes ont \u00e9t\u00e9 bless\u00e9es.", id="french_dix"),
        pytest.param("Between 10-15 people were hurt.", "Between 10 and 15 people were hurt.", id="range_no_minus"),
        pytest.param("That is worse than what the president has said.", "That is worse than what the president says.", id="one_verb_in_another_tense"),
        pytest.param("Officials criticised the plan on Monday.", "Officials criticized the plan on Monday.", id="one_verb_spelt_two_ways"),
        pytest.param("The FA Cup draw takes place at 19:00 on Monday.", "The FA Cup draw takes place at 7pm on Monday.", id="time_after_a_score_word"),
        pytest.param("The plant will cut 1,500 local jobs.", "The plant will cut 1500 local jobs.", id="a_count_before_local"),
        pytest.param("A speech by May on Tuesday drew criticism.", "A speech by Theresa May on Tuesday drew criticism.", id="by_may_the_name"),
        pytest.param("A bridge collapsed during the rush hour on Tuesday.", "A bridge collapsed during Tuesday's rush hour.", id="possessive_weekday"),
        pytest.param("The state will publish its inspection report in May.", "The state will publish its May inspection report.", id="month_before_a_noun"),
        pytest.param("Hiring slowed in May, officials said.", "Hiring slowed in the May figures, officials said.", id="month_after_the"),
        pytest.param("Acme Robotics today announced plans for a plant.", "Acme Robotics announced plans for a plant Tuesday.", id="today_for_the_weekday"),
        pytest.param("The council will vote tonight.", "The council will vote Tuesday night.", id="tonight_for_the_weekday"),
        pytest.param("Germany won the final by 23:21.", "Germany won the final by 23-21.", id="a_margin_not_a_time"),
        pytest.param("Arsenal beat Chelsea 2-1 at Stamford Bridge.", "Chelsea lost 1-2 to Arsenal at Stamford Bridge.", id="score_from_either_side"),
        pytest.param("Redfield drew 1-1 at Ashby.", "Redfield drew one-all at Ashby.", id="a_draw_in_words"),
        pytest.param("Okafor restored the lead in the 45+2 minute.", "Okafor restored the lead in the 47th minute.", id="stoppage_time_as_its_minute"),
        pytest.param("The vote starts at 10 on Monday.", "The vote starts at 10 a.m. on Monday.", id="at_an_hour"),
        pytest.param("The strike began at 14.30 local time.", "The strike began at 2.30pm local time.", id="clock_with_a_dot"),
        pytest.param("Trading halted at 0900 GMT.", "Trading halted at 9 a.m. GMT.", id="wire_time"),
        pytest.param("Prices last rose this fast in the 1990s.", "Prices last rose this fast in the \u201990s.", id="short_decade"),
        pytest.param("The line could open in November and perhaps January.", "The line could open in November and possibly January.", id="perhaps_for_possibly"),
        pytest.param("The birds flew south, presumably because they had lost their way.", "The birds flew south, apparently because they had lost their way.", id="presumably_for_apparently"),
        pytest.param("Rents in the capital have trebled since 2020.", "Rents in the capital are tripling since 2020.", id="trebled_for_tripled"),
        pytest.param("Prices last rose this fast in the 1990's.", "Prices last rose this fast in the 1990s.", id="a_decade_with_an_apostrophe"),
        pytest.param("A deal is unlikely this week.", "A deal is not likely this week.", id="not_likely"),
        pytest.param("Officials appear to have missed it.", "The official seemed to have missed it.", id="seem_for_appear"),
        pytest.param("Jan's brother said the plan had failed.", "Her brother said the plan had failed.", id="a_name_like_a_month_possessive"),
        pytest.param("ＮＡＴＯは１２日、声明を発表した。", "NATOは12日、声明を発表した。", id="full_width_digits"),
        pytest.param("Officials might delay the vote.", "Officials may delay the vote.", id="one_possibility_for_another"),
        pytest.param("He said the plant would cut 500 jobs.", "He said the plant will cut 500 jobs.", id="would_for_will"),
        pytest.param("The army will fight with all its might.", "The army will fight with all its force.", id="might_the_noun"),
        pytest.param("He could not attend, the club said.", "He will not attend, the club said.", id="could_not_for_unable"),
        pytest.param("Prices may have affected some plans, he said.", "Prices might have affected some plans, he said.", id="might_have_for_may_have"),
        pytest.param("It may be a record for the month, forecasters said.", "It is one of the warmest months on record, forecasters said.", id="may_be_a_record_against_is_one"),
        pytest.param("The bridge might be closed for weeks.", "The bridge is closed now and might be closed for weeks.", id="a_possibility_both_tell"),
        pytest.param("The deal is expected to close in May.", "The companies plan to close the deal in May.", id="a_forecast_against_a_plan"),
        pytest.param("The company is expected to report a loss.", "Analysts expect the company will report a loss.", id="a_forecast_in_the_active_voice"),
        pytest.param("Northwind expects revenue of $4.5 billion.", "Northwind forecast revenue of $4.5 billion.", id="one_forecasting_verb_for_another"),
        pytest.param("Northwind expects to post a loss.", "Northwind is expected to post a loss, and it will.", id="a_forecast_active_and_passive"),
        pytest.param("Profits rose more than expected and will rise again.", "Profits rose faster than hoped and will rise again.", id="more_than_expected_forecasts_nothing"),
        pytest.param("Kaneshiro raised its profit forecast on Thursday and will buy back shares.", "Kaneshiro raised its profit outlook on Thursday and will buy back shares.", id="a_forecast_the_noun"),
        pytest.param("The council approved two housing projects that will add 300 homes.", "The council approved two housing schemes that will add 300 homes.", id="projects_the_noun"),
        pytest.param("In a widely expected move, the bank will raise rates.", "In a move, the bank will raise rates.", id="expected_the_adjective"),
        pytest.param("The rebels were reported to have seized the town.", "The rebels seized the town, it was reported.", id="is_reported_to_for_it_was_reported"),
        pytest.param("Overnight it fell to -5C in Tarrow.", "Overnight it fell to (-5C) in Tarrow.", id="a_minus_inside_a_bracket"),
        pytest.param("Three-quarters of voters backed the plan.", "Three quarters of voters backed the plan.", id="a_share_with_or_without_its_hyphen"),
        pytest.param("The company allegedly cut 300 jobs.", "The company is alleged to have cut 300 jobs.", id="allegedly_for_is_alleged_to"),
        pytest.param("The company apparently cut 300 jobs.", "The company appears to have cut 300 jobs.", id="apparently_for_appears_to"),
        pytest.param("The company reportedly cut 300 jobs.", "The company is said to have cut 300 jobs.", id="reportedly_for_is_said_to"),
        pytest.param("The deal is not only cheaper but also faster, he said.", "The deal is cheaper and faster, he said.", id="not_only_but_also"),
        pytest.param("Fire raged through the warehouse overnight.", "Fire swept through the warehouse overnight.", id="a_word_loaded_elsewhere_but_plain_here"),
        pytest.param('"We will not rest until the labour market recovers," she said.', '"We will not rest until the labor market recovers," she said.', id="a_quotation_spelled_another_way"),
        pytest.param('"In my judgement the plan was organised well," she said.', '"In my judgment the plan was organized well," she said.', id="a_quotation_in_american_spelling"),
        pytest.param('"We will spend more on defence," the minister said.', '"We will spend more on defense," the minister said.', id="defence_in_american_spelling"),
        pytest.param('"It is a programme of reform," the minister said.', '"It is a program of reform," the minister said.', id="programme_in_american_spelling"),
        pytest.param('"The sky turned grey by noon," a witness said.', '"The sky turned gray by noon," a witness said.', id="grey_in_american_spelling"),
        pytest.param('"Investors remain sceptical," the analyst said.', '"Investors remain skeptical," the analyst said.', id="sceptical_in_american_spelling"),
        pytest.param('"The navy needs a bigger defence programme," the admiral said.', '"The navy needs a bigger defense program," the admiral said.', id="two_words_side_by_side_in_american_spelling"),
        pytest.param('"The centre\'s staff will stay on," the trust said.', '"The center\'s staff will stay on," the trust said.', id="a_possessive_in_american_spelling"),
        pytest.param('"The centres\' budgets were cut," the trust said.', '"The centers\' budgets were cut," the trust said.', id="a_plural_possessive_in_american_spelling"),
        pytest.param('"The walls were painted in greys and blues," the curator said.', '"The walls were painted in grays and blues," the curator said.', id="a_plural_the_spelling_table_does_not_list"),
        pytest.param("The ministry criticised the ruling.", "The ministry criticized the ruling.", id="a_verb_in_american_spelling"),
        pytest.param('"We won\'t back down and we can\'t be bought," the union leader said.', '"We will not back down and we cannot be bought," the union leader said.', id="wont_and_cant_in_a_quotation"),
        pytest.param('"We don\'t know yet what caused the crash on Sept. 4," he said.', '"We do not know yet what caused the crash on September 4," he said.', id="a_quotation_with_a_contraction_and_abbreviation"),
        pytest.param("``We did a poor job up there,'' the coach said.", '"We did a poor job up there," the coach said.', id="a_quotation_in_typewriter_quotes"),
        pytest.param("Police put the driver on a ''watch list'' in May.", 'Police put the driver on a "watch list" in May.', id="a_quotation_in_two_apostrophes"),
        pytest.param("We will rebuild the pier by spring,'' the harbour master said.", 'We will rebuild the pier by spring," the harbour master said.', id="a_typewriter_quotation_another_sentence_opened"),
        pytest.param('"We are declaring war on sexual harassment and sexual assault," she said.', '"We are declaring war on sexual assault and sexual harassment," she said.', id="words_moved_inside_a_quotation"),
        pytest.param('"This is a time for the city to act," she said.', '"This is the time for the city to act," she said.', id="a_function_word_changed_inside_a_quotation"),
        pytest.param("The deal is expected to close in May.", "The deal was expected to close in May, and it will.", id="a_forecast_both_tell"),
        pytest.param("Kelly said the fugitive could have traveled hundreds of miles.", "Kelly said the fugitive could be out of the area.", id="could_be_for_could_have"),
        pytest.param("He was charged with aiding a terrorist group.", "He was charged with aiding terrorists.", id="a_loaded_term_in_the_plural"),
        pytest.param("Powell ruled out a non-aggression pact with Pyongyang.", "Powell ruled out a treaty with Pyongyang.", id="a_loaded_term_denied_in_a_compound"),
        pytest.param("Three men face terrorism charges in Jakarta.", "Three men face terrorist charges in Jakarta.", id="a_loaded_word_in_another_form"),
        pytest.param("The US declared a war on terror in 2001.", "The US declared a war on terrorism in 2001.", id="terror_for_terrorism"),
        pytest.param("Kyiv called Moscow the aggressor in the war.", "Kyiv blamed Moscow's aggression for the war.", id="the_aggressor_for_aggression"),
        pytest.param("Troops in Djibouti run counter-terrorism operations.", "Troops in Djibouti run counterterrorism operations.", id="counter_terrorism_with_or_without_its_hyphen"),
        pytest.param("Police used anti-terrorism laws to hold him.", "Police used security laws to hold him.", id="anti_terror_laws"),
        pytest.param("A dozen people were hurt.", "12 people were hurt.", id="a_dozen"),
        pytest.param("Two dozen people were hurt.", "24 people were hurt.", id="two_dozen"),
        pytest.param("Veterans will march on the capitol, he said.", "Veterans will rally at the capitol, he said.", id="march_the_verb"),
        pytest.param("Rain could mar the August parade.", "Rain could spoil the August parade.", id="mar_the_verb"),
        pytest.param("The only announced Republican candidate is Darrell Issa.", "The only declared Republican candidate is Darrell Issa.", id="a_verb_as_an_adjective"),
        pytest.param('Her memoir, "Living History," sold a million copies.', "Her memoir Living History sold a million copies.", id="a_title_in_quotes"),
        pytest.param('Her credits include the film "Enough" and a stage play.', "Her credits include the film Enough and a stage play.", id="a_one_word_title_in_quotes"),
        pytest.param('Robert "Hoot" Gibson will enter the hall of fame.', "Robert Gibson will enter the hall of fame.", id="a_nickname_in_quotes"),
        pytest.param("William 'the Refrigerator' Perry won the eating contest.", "William Perry won the eating contest.", id="a_nickname_with_an_article"),
        pytest.param('Elsewhere, "X2" earned $17.1 million at the box office.', "Elsewhere, X2 earned $17.1 million at the box office.", id="a_title_ending_in_a_digit"),
        pytest.param("Moore had no immediate comment Tuesday.", "Moore did not have an immediate response Tuesday.", id="no_comment_for_did_not_have_one"),
        pytest.param("The ministry gave no details of the passengers.", "The ministry declined to give details of the passengers.", id="declined_for_gave_no"),
        pytest.param("If the subsidies are not repealed, the EU will impose sanctions.", "The EU will impose sanctions unless the subsidies are repealed.", id="unless_for_if_not"),
        pytest.param("Gibson said neither he nor his film was anti-Semitic.", "Gibson said he and his film were not anti-Semitic.", id="neither_nor_for_not"),
        pytest.param("The other 18 people in the building were not injured, police said.", "The other 18 people in the building escaped unharmed, police said.", id="unharmed_for_not_injured"),
        pytest.param("The recall isnt one of them, he said.", "The recall isn't one of them, he said.", id="a_contraction_without_its_apostrophe"),
        pytest.param("He was fined for failure to pay the tax.", "He was fined because he did not pay the tax.", id="failure_to_for_did_not"),
        pytest.param("Residents had nothing but praise for the crew.", "Residents had effusive praise for the crew.", id="nothing_but"),
        pytest.param("Congress gave the FTC power to run the Do Not Call list.", "Congress gave the FTC power to run the do-not-call list.", id="a_negation_in_a_name"),
        pytest.param("The board issued a no-confidence vote in Goldin.", "The board gave Goldin a vote of no confidence.", id="a_negation_in_a_compound"),
        pytest.param("Not only is it the oldest known planet, it is also the most distant.", "It is the oldest and most distant planet known.", id="not_only_also"),
        pytest.param("Once identified, remains are moved to a storage site.", "Once identified, remains are moved to the site where the unidentified remains are stored.", id="a_prefixed_word_beside_its_stem"),
        pytest.param("Genes on the Y chromosome may influence the risk of disease.", "Genes on the Y chromosome might play a role in influencing the risk of disease.", id="one_modal_of_possibility_for_another"),
        pytest.param("The suspects drove off before taking anything, police said.", "The suspects fled before they could take anything, police said.", id="could_of_what_one_was_able_to_do"),
        pytest.param("Officials said the fires could cost nearly $2 billion.", "Officials put the cost of the fires at nearly $2 billion.", id="a_verb_a_noun_in_the_other"),
        pytest.param("Officials were not able to reach the village, police said.", "Officials were unable to reach the village, police said.", id="unable_for_not_able"),
        pytest.param("Firefighters could reach the blaze only after midnight.", "Firefighters reached the blaze only after midnight.", id="could_of_what_one_was_able_to_do_in_the_past"),
        pytest.param("The strike could cost the port millions.", "The strike costs were estimated at millions for the port.", id="a_verb_a_plural_noun_in_the_other"),
        pytest.param("Officials said the plan might raise taxes.", "Officials said the plan raises questions about taxes.", id="the_verb_of_another_claim"),
        pytest.param("The driver has not been charged, police said.", "The driver has yet to be charged, police said.", id="yet_to_for_not"),
        pytest.param("The nurse was found not guilty of all charges.", "The nurse was acquitted of all charges.", id="acquitted_for_not_guilty"),
        pytest.param("The nurse was cleared of all charges.", "The nurse was acquitted of all charges.", id="acquitted_for_cleared"),
        pytest.param("Hale was acquitted of murder but convicted of manslaughter.", "Hale was convicted of manslaughter but cleared of murder.", id="a_split_verdict_told_the_other_way_round"),
        pytest.param("The jury cleared him of murdering his wife.", "The jury did not convict him of murdering his wife.", id="cleared_him_of_a_crime_for_did_not_convict"),
        pytest.param("The claim could not be verified and the footage could not be verified.", "The claim could not be verified, and the footage could not be verified either.", id="a_caveat_written_twice_in_both"),
        pytest.param("He is accused of theft and accused of fraud, police said.", "He is accused of theft and fraud, police said.", id="a_hedge_written_once_for_two_claims"),
        pytest.param("The footage and the photos could not be verified.", "The footage could not be verified, and the photos could not be verified.", id="a_denial_written_once_for_two_claims"),
        pytest.param("Regulators cleared the merger on Tuesday after a two-year review.", "Regulators fined the bank on Tuesday after a two-year review.", id="a_deal_cleared_for_a_bank_fined"),
        pytest.param("The ruling cleared the way for the merger.", "The ruling opened the way for the merger.", id="cleared_the_way"),
        pytest.param("The club cleared the player to travel with the squad.", "The club fined the player before he travelled with the squad.", id="a_player_cleared_to_travel_for_fined"),
        pytest.param("Doctors cleared the striker for Saturday's match.", "The league fined the striker after Saturday's match.", id="a_player_cleared_for_a_match_for_fined"),
        pytest.param("The inquiry cleared the two officers of any wrongdoing.", "The inquiry found the two officers did nothing wrong.", id="cleared_of_any_wrongdoing_for_nothing_wrong"),
        pytest.param("The senator pleaded not guilty on Monday.", "The senator pleaded innocent on Monday.", id="pleaded_innocent_for_not_guilty"),
        pytest.param("The guard allegedly stole $5,000 from the vault.", "The guard is accused of stealing $5,000 from the vault.", id="accused_of_for_allegedly"),
        pytest.param("The driver is also suspected of a 2019 crash.", "The driver also is suspected of a 2019 crash.", id="an_adverb_inside_a_charge"),
        pytest.param("The treasurer is accused of fraud.", "The treasurer is charged with fraud.", id="accused_of_for_charged_with"),
        pytest.param("A 19-year-old charged with murder appeared before magistrates in Leeds.", "A 19-year-old accused of murder appeared before magistrates in Leeds.", id="charged_with_for_accused_of_after_a_noun"),
        pytest.param("The guard allegedly stole $5,000 from the vault.", "The guard was charged with stealing $5,000 from the vault.", id="charged_with_for_allegedly"),
        pytest.param("The guard allegedly stole $5,000 and is accused of lying to police.", "The guard is accused of stealing $5,000 and accused of lying to police.", id="accused_of_written_once_more_for_allegedly"),
        pytest.param("A man has been charged with murder over the death of a teenager.", "A man has been charged over the death of a teenager.", id="charged_with_a_crime_for_charged_over_a_death"),
        pytest.param("A man charged with murder appeared in court.", "A man charged over the killing appeared in court.", id="charged_with_for_charged_over"),
        pytest.param("A woman was charged with theft after the raid on Friday.", "A woman was charged after the raid on Friday.", id="charged_with_for_charged_after"),
        pytest.param("The former aide was charged with leaking the files.", "The former aide was charged in connection with the leak.", id="charged_with_for_charged_in_connection_with"),
        pytest.param("A pastor was charged on Tuesday with child abuse in the death of a boy.", "A pastor was charged on Tuesday in the death of a boy.", id="charged_with_a_crime_for_charged_in_a_death"),
        pytest.param("Smith charged over the line to score in the 60th minute.", "Smith burst over the line to score in the 60th minute.", id="charged_over_no_crime"),
        pytest.param("Riot police charged after the crowd threw stones.", "Riot police advanced after the crowd threw stones.", id="charged_after_no_crime"),
        pytest.param("She was charged with leading the inquiry into the fire.", "She led the inquiry into the fire.", id="charged_with_a_duty"),
        pytest.param("The agency charged with overseeing the project missed its deadline.", "The agency that oversees the project missed its deadline.", id="agency_charged_with_a_duty"),
        pytest.param("The room was charged with tension as the verdict was read.", "The room was tense as the verdict was read.", id="charged_with_a_mood"),
        pytest.param("The minister charged with crime policy resigned on Friday.", "The minister for crime policy resigned on Friday.", id="charged_with_a_crime_policy"),
        pytest.param("The unit charged with fraud prevention was cut in the budget.", "The unit for fraud prevention was cut in the budget.", id="charged_with_fraud_prevention"),
        pytest.param("The panel charged with the murder inquiry met in Leeds on Monday.", "The panel leading the murder inquiry met in Leeds on Monday.", id="charged_with_a_murder_inquiry"),
        pytest.param("The board charged with child abuse inquiries met on Tuesday.", "The board that runs child abuse inquiries met on Tuesday.", id="charged_with_child_abuse_inquiries"),
        pytest.param("The inspector charged with the fraud task force retired in May.", "The inspector who led the fraud task force retired in May.", id="charged_with_a_fraud_task_force"),
        pytest.param("The militia, accused of the market bombing, denied any role.", "The militia, which is accused of the market bombing, denied any role.", id="accused_of_as_a_verb_and_as_a_passive"),
        pytest.param("Two teenagers suspected of arson were arrested on Sunday.", "Two teenagers were arrested on suspicion of arson on Sunday.", id="suspected_of_for_on_suspicion_of"),
        pytest.param("Two teenagers suspected of arson were arrested on Sunday.", "Two teenage arson suspects were arrested on Sunday.", id="suspected_of_for_suspects"),
        pytest.param("Both men have each been charged with seven counts of burglary.", "Both men each face seven counts of burglary.", id="charged_with_counts_for_facing_them"),
        pytest.param("The clerk is accused of two counts of fraud.", "The clerk faces two counts of fraud.", id="accused_of_counts_for_facing_them"),
        pytest.param("The gunman reportedly fled on foot.", "The gunman fled on foot, according to reports.", id="according_to_reports_for_reportedly"),
        pytest.param("Dockers walked out this morning over pay.", "Dockers walked out on Tuesday morning over pay.", id="this_morning_for_its_weekday"),
        pytest.param("Flood water reached the bridge last night.", "Flood water reached the bridge on Monday night.", id="last_night_for_its_weekday"),
    ],
)  # fmt: skip
def test_the_same_thing_written_another_way_is_no_difference(a: str, b: str) -> None:
    """A number in French, Spanish or German words equals its digits, "tn", "k" and "lakh"
    multiply, a time is the same on either clock, with or without its marks ("at 10", "14.30",
    "0900 GMT"), a version denies as often as the other in other words ("no comment", "did not
    have a response"; "declined to give", "gave no"; "unless", "if not"; "neither ... nor", "not";
    "unharmed", "not injured"; "yet to", "acquitted", "pleaded innocent", "cleared him of murdering" for "not"; "cleared of any wrongdoing" for "nothing wrong"; "acquitted" for "cleared", in a split verdict too; "cleared the merger" for "fined the bank", "cleared the player to travel" or "for Saturday's match" for "fined the player", "cleared the way" for "opened the way"; a caveat written twice, its "not" no negation in both), "nothing but", "not only ... also" and a negation in a name or
    compound deny nothing, and one hedge for another that
    says the same ("not likely", "unlikely"; "might have", "may have", "could be"; "allegedly",
    "accused of" or "charged with" a crime, after a noun too, no verb of saying there, or a hedge both write, once more in the other version ("accused of theft and accused of fraud", "accused of theft and fraud"); "accused of", "charged with", "on suspicion of", "suspects" or an arrest for a crime ("arrested following the stabbing", "detained in connection with", "arrested two men over") the other version does not write, "charged over", "after" or "in connection with" a crime, or with none named ("charged over the death"), for "charged with" one; "face seven counts of" for "charged with seven counts of", whose counts are the charge it hedges; "charged over the line" or "after the crowd" no charge; "charged with" a duty, one a crime's noun only qualifies ("crime policy", "the murder inquiry"), or a mood none; "reportedly", "according to reports") hedges alike, "this morning" and "last
    night" may be any weekday's,
    a modal that is a noun ("all its might") or says someone was unable ("could not attend") is
    no hedge, a loaded term in the plural or another form of its root is the same term
    ("terrorism", "terrorist"; "aggression", "aggressor"), one denied in a compound ("a
    non-aggression pact") or naming a field and its laws ("counter-terrorism", "anti-terror
    laws") none, full-width digits are digits;
    English words spelled like numbers ("seize", "once"), the name "May" and the verbs "march"
    and "mar" are none, a title or name set in quotes ("Living History", "Enough", "Hoot") is
    no quotation, a verb used as an adjective ("the only declared candidate") attributes
    nothing, a quotation in a typewriter's quotes (``...'', or ''...'') is the same in double
    quotes, and a quotation with words moved, a function word changed or words spelled another
    way, one or side by side, is not altered."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("The new tax regime takes effect in April.", "The new tax system takes effect in April.", [], id="a_tax_regime"),
        pytest.param("The EU tightened its sanctions regime on Minsk.", "The EU tightened its sanctions on Minsk.", [], id="a_sanctions_regime"),
        pytest.param("The council set up a pension scheme for carers.", "The council set up a pension plan for carers.", [], id="a_pension_scheme"),
        pytest.param("First-time buyers in Leeds used the Help to Buy scheme.", "First-time buyers in Leeds used the Help to Buy programme.", [], id="a_scheme_named_help_to_buy"),
        pytest.param("Staff at the depot joined the Cycle to Work scheme in March.", "Staff at the depot joined the Cycle to Work programme in March.", [], id="a_scheme_named_by_capitals"),
        pytest.param("Pensioners in Hull were paid through the Warm Home Discount scheme.", "Pensioners in Hull were paid through the Warm Home Discount programme.", [], id="a_scheme_named_by_three_capitals"),
        pytest.param("Students on the Erasmus scheme will lose their grants, the university said.", "Students on the Erasmus programme will lose their grants, the university said.", [], id="a_scheme_named_by_one_capital"),
        pytest.param("The Motability Scheme leases cars to 800,000 disabled drivers.", "The Motability programme leases cars to 800,000 disabled drivers.", [], id="a_scheme_named_with_a_capital"),
        pytest.param("The NHS scheme will train 500 nurses in Kent.", "The NHS programme will train 500 nurses in Kent.", [], id="a_scheme_named_by_an_acronym"),
        pytest.param("The Government's scheme will train 500 nurses in Kent.", "The Government's programme will train 500 nurses in Kent.", [], id="a_governments_scheme"),
        pytest.param("The scheme opens to applicants in May, the council said.", "The programme opens to applicants in May, the council said.", [], id="the_scheme_alone"),
        # A person's or a party's scheme is as often a programme as a plot: only "to" and a verb
        # or a fraud before it tells (acceptance 34 #4).
        pytest.param("Prosecutors said Smith's scheme cost investors millions.", "Prosecutors said Smith's plan cost investors millions.", [], id="a_persons_scheme"),
        pytest.param("Critics called the housing reform a Tory scheme.", "Critics called the housing reform a Tory plan.", [], id="a_partys_scheme"),
        pytest.param("Police said the Ponzi scheme collapsed in May.", "Police said the investment fund collapsed in May.", [("loaded_term_removed", "scheme", "")], id="a_scheme_named_for_a_fraudster"),
        pytest.param("Savers in Leeds lost £2m to a Ponzi-style scheme, police said.", "Savers in Leeds lost £2m to an investment club, police said.", [("loaded_term_removed", "scheme", "")], id="a_scheme_styled_on_a_fraud"),
        pytest.param("The former banker ran a money-laundering scheme from Dubai.", "The former banker ran a money-laundering business from Dubai.", [("loaded_term_removed", "scheme", "")], id="a_scheme_of_a_fraud"),
        pytest.param("The housing reform is a Tory scheme to cut benefits, critics say.", "The housing reform is a Tory plan to cut benefits, critics say.", [("loaded_term_removed", "scheme", "")], id="a_partys_scheme_to_do_something"),
        pytest.param("Aides described the Trump scheme to overturn the election.", "Aides described the Trump plan to overturn the election.", [("loaded_term_removed", "scheme", "")], id="a_persons_scheme_to_do_something"),
        pytest.param("Aides schemed to delay the vote, the report said.", "Aides worked to delay the vote, the report said.", [("loaded_term_removed", "schemed", "")], id="schemed"),
        pytest.param("The council launched a scheme to help first-time buyers in Leeds.", "The council launched a programme to help first-time buyers in Leeds.", [], id="a_scheme_to_help"),
        pytest.param("A £2m scheme to encourage cycling to school starts in Bristol next month.", "A £2m programme to encourage cycling to school starts in Bristol next month.", [], id="a_scheme_to_encourage"),
        pytest.param("Ministers unveiled a scheme to give pensioners free bus travel.", "Ministers unveiled a plan to give pensioners free bus travel.", [], id="a_scheme_to_give"),
        pytest.param("The scheme to fund 300 new apprenticeships was praised by employers.", "The programme to fund 300 new apprenticeships was praised by employers.", [], id="a_scheme_to_fund"),
        pytest.param("Workers in Hull were moved from the scheme to a private fund.", "Workers in Hull were moved from the programme to a private fund.", [], id="a_scheme_left_for_another"),
        pytest.param("A scheme to defraud pensioners used the Warm Home Discount scheme as cover.", "A plan to defraud pensioners used the Warm Home Discount scheme as cover.", [("loaded_term_removed", "scheme", "")], id="a_scheme_opening_a_sentence_beside_a_named_one"),
        pytest.param("Applicants listed their occupation on the form.", "Applicants listed their job on the form.", [], id="an_occupation_on_a_form"),
        pytest.param("The judge called the searches an invasion of privacy.", "The judge called the searches a breach of privacy.", [], id="an_invasion_of_privacy"),
        pytest.param("Stranded passengers hailed a taxi outside the station.", "Stranded passengers took a taxi outside the station.", [], id="a_taxi_hailed"),
        pytest.param("The storm slammed the coast overnight.", "The storm hit the coast overnight.", [], id="a_storm_slammed_the_coast"),
        pytest.param("A van slammed into a bus shelter.", "A van crashed into a bus shelter.", [], id="slammed_into"),
        pytest.param("Troops shelled the Assad regime's positions.", "Troops shelled the Assad government's positions.", [("loaded_term_removed", "regime", "")], id="a_government_called_a_regime"),
        pytest.param("Regime change is not our policy, he said.", "A new government is not our policy, he said.", [("loaded_term_removed", "regime", "")], id="regime_change"),
        pytest.param("Prosecutors described a scheme to defraud investors.", "Prosecutors described a plan to defraud investors.", [("loaded_term_removed", "scheme", "")], id="a_scheme_to_defraud"),
        pytest.param("Protesters marched against the occupation of the island.", "Protesters marched against the control of the island.", [("loaded_term_removed", "occupation", "")], id="an_occupation_of_land"),
        pytest.param("Union leaders slammed the pay offer.", "Union leaders rejected the pay offer.", [("loaded_term_removed", "slammed", "")], id="an_offer_slammed"),
        pytest.param("Ministers hailed the deal as historic.", "Ministers called the deal historic.", [("loaded_term_removed", "hailed", "")], id="a_deal_hailed"),
    ],
)  # fmt: skip
def test_a_loaded_term_in_its_plain_sense_is_none(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A loaded term in the plain sense a word beside it gives ("tax regime", "pension scheme",
    "the Help to Buy scheme", "the Cycle to Work scheme", "hailed a taxi", "the storm slammed", "slammed into", "invasion of privacy", an occupation
    listed on a form) is none, in an article's profile neither; elsewhere it is still loaded
    ("the Assad regime", "regime change", "the occupation of"). A scheme is a programme,
    whoever or whatever names it ("the Erasmus scheme", "The Motability Scheme", "Smith's
    scheme", "a Tory scheme"), or whatever benign purpose it has ("a scheme to help first-time
    buyers", "to encourage cycling"), loaded only as a plot: before "to" and another verb ("a
    scheme to defraud", "the Trump scheme to overturn"), after a fraud ("the Ponzi scheme", "a
    Ponzi-style scheme") or as a verb ("schemed"; acceptance 34 #4)."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    assert framing_profile(document(a), segment(document(a))).loaded_terms == tuple(
        sorted({term for _, term, _ in expected})
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The council voted 7-2 to ban cars.",
            "The council voted seven to two to ban cars.",
            id="vote",
        ),
        pytest.param(
            "Between 10-15 people were hurt.", "Between 10 and 15 people were hurt.", id="range"
        ),
        pytest.param(
            "The aftershock measured 5.2-5.4, the survey said.",
            "The aftershock measured 5.2 to 5.4, the survey said.",
            id="decimal_range",
        ),
        pytest.param(
            "Repairs will cost $20 million to $25 million.",
            "Repairs will cost $20-25 million.",
            id="a_multiplier_after_a_range",
        ),
        pytest.param(
            "The bank held its rate at 5.25% to 5.5%.",
            "The bank held its rate at 5.25-5.5 percent.",
            id="a_share_after_a_range",
        ),
        pytest.param(
            "The memorial lists those who died from 1939 to 1945.",
            "The memorial lists those who died from 1939-45.",
            id="a_year_cut_short_after_a_year",
        ),
        pytest.param(
            "Ticket sales fell in the 2022-23 season.",
            "Ticket sales fell in the 2022/2023 season.",
            id="a_season_cut_short",
        ),
        pytest.param(
            "The council expects a surplus in FY26.",
            "The council expects a surplus in fiscal 2026.",
            id="a_fiscal_year_cut_short",
        ),
        pytest.param(
            "Ticket sales fell in the 2023/24 season.",
            "Ticket sales fell in the 2023-2024 season.",
            id="a_season_cut_short_after_a_slash",
        ),
        pytest.param(
            "Between 1,000-2,000 people marched on Sunday.",
            "Between 1,000 and 2,000 people marched on Sunday.",
            id="a_range_of_thousands_grouped",
        ),
        pytest.param(
            "Die Zinsen steigen auf 4,5-4,75 Prozent.",
            "Die Zinsen steigen auf 4,5 bis 4,75 Prozent.",
            id="a_range_of_decimal_commas",
        ),
    ],
)
def test_a_pair_of_counts_written_with_a_hyphen_is_its_two_numbers(a: str, b: str) -> None:
    """A vote written "7-2" and "seven to two" is one vote, a range of decimals "5.2-5.4" is
    "5.2 to 5.4", of thousands grouped or decimal commas ("1,000-2,000", "4,5-4,75") its two
    numbers too, and the multiplier or per cent after a range is both its numbers'; the second
    year of "1939-45", "2022-23" and "2023/24", and "FY26", are whole years: no number
    changed."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Witnesses were asked to call 020 7946 0958 on Monday.",
            "Witnesses were asked to call 0207 946 0958 on Monday.",
            id="phone_number_regrouped",
        ),
        pytest.param(
            "Readers can call +44 20 7946 0958 with tips.",
            "Readers can call +44 207 946 0958 with tips.",
            id="phone_number_with_country_code",
        ),
        pytest.param(
            "Tips can be phoned to (212) 555-0199, the police said.",
            "Tips can be phoned to 212-555-0199, the police said.",
            id="north_american_phone_number_with_brackets_or_hyphens",
        ),
        pytest.param(
            "Tips can be phoned to 212.555.0199, the police said.",
            "Tips can be phoned to +1 212 555 0199, the police said.",
            id="north_american_phone_number_with_dots_or_country_code",
        ),
        pytest.param(
            "Les témoins peuvent appeler le 06 12 34 56 78 jusqu'à lundi.",
            "Les témoins peuvent appeler le 0612345678 jusqu'à lundi.",
            id="french_phone_number_run_together",
        ),
        pytest.param(
            "Les témoins peuvent appeler le +33 6 12 34 56 78 jusqu'à lundi.",
            "Les témoins peuvent appeler le 06 12 34 56 78 jusqu'à lundi.",
            id="french_phone_number_with_country_code",
        ),
        pytest.param(
            "Readers can call +44 20 7946 0958 with tips.",
            "Readers can call 020 7946 0958 with tips.",
            id="british_phone_number_with_country_code_or_trunk_zero",
        ),
        pytest.param(
            "The hotline, 1-800-555-0199, is open all night.",
            "The hotline, 800-555-0199, is open all night.",
            id="north_american_phone_number_with_or_without_its_one",
        ),
        pytest.param(
            "Call Crimestoppers anonymously on 0800 555 111 with information.",
            "Call Crimestoppers anonymously on 0800 555111 with information.",
            id="freephone_number_in_two_groups",
        ),
        pytest.param(
            "Witnesses can ring the incident room on 07700 900123 until Friday.",
            "Witnesses can ring the incident room on 07700 900 123 until Friday.",
            id="british_mobile_regrouped",
        ),
        pytest.param(
            "Witnesses can ring the incident room on 07700 900 123 until Friday.",
            "Witnesses can ring the incident room on 07700900123 until Friday.",
            id="british_mobile_run_together",
        ),
        pytest.param(
            "Hinweise nimmt die Polizei unter +49 30 4664 4664 entgegen.",
            "Hinweise nimmt die Polizei unter 030 46644664 entgegen.",
            id="german_number_with_country_code_or_trunk_zero_and_one_group",
        ),
        pytest.param(
            "The consulate can be reached on +44 (0)20 7946 0958 at any hour.",
            "The consulate can be reached on 020 7946 0958 at any hour.",
            id="country_code_with_the_trunk_zero_in_brackets",
        ),
        pytest.param(
            "Llame al 91 123 45 67 para más información sobre el corte de agua.",
            "Llame al 911 234 567 para más información sobre el corte de agua.",
            id="spanish_number_without_a_trunk_zero_regrouped",
        ),
        pytest.param(
            "La policía pidió a los testigos llamar al teléfono 612 34 56 78.",
            "La policía pidió a los testigos llamar al teléfono 612345678.",
            id="spanish_mobile_run_together_after_a_word_for_a_telephone",
        ),
        pytest.param(
            "\u0421\u043e\u0432\u0435\u0442 \u0441\u043e\u0431\u0435\u0440\u0435\u0442\u0441\u044f "
            "\u0432 15:00 \u043f\u043e \u043c\u043e\u0441\u043a\u043e\u0432\u0441\u043a\u043e\u043c\u0443 "
            "\u0432\u0440\u0435\u043c\u0435\u043d\u0438.",
            "\u0421\u043e\u0432\u0435\u0442 \u0441\u043e\u0431\u0435\u0440\u0435\u0442\u0441\u044f "
            "\u0432 15.00 \u043c\u0441\u043a.",
            id="russian_clock_with_a_point",
        ),
        pytest.param(
            "\u53d1\u5e03\u4f1a\u4e8e\u4e0b\u53483\u70b9\u4e3e\u884c\u3002",
            "\u53d1\u5e03\u4f1a\u4e8e15\u65f6\u4e3e\u884c\u3002",
            id="chinese_afternoon_hour",
        ),
        pytest.param(
            "Los colegios de la comarca cerrarán a las cinco de la tarde del jueves.",
            "Los colegios de la comarca cerrarán a las 17:00 del jueves.",
            id="spanish_afternoon_hour_in_words",
        ),
        pytest.param(
            "O mercado municipal reabre às nove e meia da manhã de sábado.",
            "O mercado municipal reabre às 9h30 de sábado.",
            id="portuguese_morning_half_hour_in_words",
        ),
        pytest.param(
            "El toque de queda en la ciudad empieza a las doce de la noche.",
            "El toque de queda en la ciudad empieza a las 00:00.",
            id="spanish_midnight_in_words",
        ),
        pytest.param(
            "El metro de la capital cierra a las once de la noche.",
            "El metro de la capital cierra a las 23:00.",
            id="spanish_eleven_at_night_in_words",
        ),
        pytest.param(
            "Over 40 people were hurt in the crash.",
            "40-plus people were hurt in the crash.",
            id="plus_hyphened_after",
        ),
        pytest.param(
            "More than 200 homes lost power.", "200+ homes lost power.", id="plus_sign_after"
        ),
    ],
)
def test_other_ways_to_write_one_number_are_no_change(a: str, b: str) -> None:
    """A phone number grouped otherwise (in two groups, run together, with its country's code
    and its trunk "0" in brackets or none, as Spain writes one), a time of day as Russian ("в 15.00 мск"), Chinese
    ("下午3点", 3 in the afternoon), Spanish or Portuguese ("las cinco de la tarde", "às nove e
    meia da manhã", "las doce de la noche" at midnight) writes it, and a plus after a number ("40+", "40-plus": more
    than 40) say what the other version says."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "\u53d1\u5e03\u4f1a\u4e8e\u4e0b\u53483\u70b9\u4e3e\u884c\u3002",
            "\u53d1\u5e03\u4f1a\u4e8e\u4e0a\u53483\u70b9\u4e3e\u884c\u3002",
            [("number_changed", "\u4e0b\u53483\u70b9", "\u4e0a\u53483\u70b9")],
            id="chinese_afternoon_against_morning",
        ),
        pytest.param(
            "Los colegios cerrarán a las cinco de la tarde del jueves.",
            "Los colegios cerrarán a las 05:00 del jueves.",
            [("number_changed", "las cinco de la tarde", "05:00")],
            id="spanish_afternoon_against_morning",
        ),
        pytest.param(
            "The fund will pay a dividend of 40 cents a share.",
            "The fund will pay a dividend of $40 a share.",
            [("number_changed", "40 cents", "$40")],
            id="cents_against_dollars",
        ),
        pytest.param(
            "Harbor Foods shares rose 12 cents to $13.60.",
            "Harbor Foods shares rose 14 cents to $13.62.",
            [("number_changed", "12 cents", "14 cents"), ("number_changed", "$13.60", "$13.62")],
            id="cents_set_against_cents",
        ),
        pytest.param(
            "Shares in Harbour Retail fell 12p to 340p.",
            "Shares in Harbour Retail fell 14p to 340p.",
            [("number_changed", "12p", "14p")],
            id="pence_glued_set_against_pence",
        ),
        pytest.param(
            "Harbor Foods shares rose .85 cent in early trade.",
            "Harbor Foods shares rose 0.41 cent in early trade.",
            [("number_changed", ".85 cent", "0.41 cent")],
            id="cents_without_their_zero_set_against_cents",
        ),
        pytest.param(
            "The new tariffs apply from July 1, the minister said.",
            "The new tariffs will apply, the minister said last night.",
            [("number_removed", "July 1", ""), ("number_added", "", "last night")],
            id="a_part_of_a_day_is_no_month",
        ),
        pytest.param(
            "40+ people were hurt in the crash.",
            "40 people were hurt in the crash.",
            [("estimate_changed", "+", "")],
            id="plus_dropped",
        ),
    ],
)
def test_other_ways_to_write_a_number_still_tell_a_change(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """An hour of the afternoon is no hour of the morning, cents are no dollars (and are set
    against cents, not a price in dollars beside them), a part of a day is no month's date, and a
    count that drops its plus says less."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The storm dropped 3 inches of rain on Harbor City overnight, forecasters said.",
            "The storm dropped 3 centimetres of rain on Harbor City overnight, forecasters said.",
            [("number_changed", "3 inches", "3 centimetres")],
            id="inches_against_centimetres",
        ),
        pytest.param(
            "The fire spread over 40 acres of scrubland before crews contained it.",
            "The fire spread over 40 hectares of scrubland before crews contained it.",
            [("number_changed", "40 acres", "40 hectares")],
            id="acres_against_hectares",
        ),
        pytest.param(
            "Residents endured temperatures of 40F for most of the week.",
            "Residents endured temperatures of 40C for most of the week.",
            [("number_changed", "40F", "40C")],
            id="fahrenheit_against_celsius_glued",
        ),
        pytest.param(
            "The council opened a 5 km trail along the river on Saturday.",
            "The council opened a 5-mile trail along the river on Saturday.",
            [("number_changed", "5 km", "5-mile")],
            id="kilometres_apart_against_miles_hyphened",
        ),
        pytest.param(
            "Forecasters expect highs of 38-40C in the capital on Friday.",
            "Forecasters expect highs of 38-40F in the capital on Friday.",
            [("number_changed", "38-40C", "38-40F")],
            id="a_range_in_another_unit_shown_whole",
        ),
        pytest.param(
            "Gusts of 100 mph tore roofs from homes along the coast.",
            "Gusts of 100 km/h tore roofs from homes along the coast.",
            [("number_changed", "100 mph", "100 km/h")],
            id="miles_an_hour_against_kilometres_an_hour",
        ),
        pytest.param(
            "The former treasurer was jailed for 5 years for fraud.",
            "The former treasurer was jailed for 5 months for fraud.",
            [("number_changed", "5 years", "5 months")],
            id="years_against_months",
        ),
        pytest.param(
            "Support for the mayor rose 4% in the latest poll.",
            "Support for the mayor rose 4 points in the latest poll.",
            [("number_changed", "4%", "4 points")],
            id="a_share_against_percentage_points",
        ),
    ],
)
def test_a_number_given_in_another_unit_is_noted(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """The same number in another unit is a changed number, shown with its unit as each sentence
    writes the two, a range whole. Comparing B with A notes the same, sides swapped."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    assert [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The fire burned 40 acres (16 hectares) near the town.",
            "The fire burned 40 acres near the town.",
            [],
            id="a_conversion_dropped",
        ),
        pytest.param(
            "The river rose to 12 meters on Tuesday, the ministry said.",
            "The river rose to 12 meters (39 feet) on Tuesday, the ministry said.",
            [],
            id="a_conversion_added",
        ),
        pytest.param(
            "The fund holds $4 million, the bank said.",
            "The fund holds $4 million (3.6 million euros), the bank said.",
            [],
            id="a_currency_conversion_added",
        ),
        pytest.param(
            "The river rose to 13 meters on Tuesday.",
            "The river rose to 12 meters (39 feet) on Tuesday.",
            [("number_changed", "13 meters", "12 meters")],
            id="the_number_converted_changed",
        ),
        pytest.param(
            "The river rose to 12 meters (39 feet) on Tuesday.",
            "The river rose to 12 meters (50 feet) on Tuesday.",
            [("number_changed", "39 feet", "50 feet")],
            id="the_conversion_changed",
        ),
        pytest.param(
            "About 40 people (12 children) were hurt in the blast.",
            "About 40 people were hurt in the blast.",
            [("number_removed", "12", "")],
            id="a_part_in_brackets_is_no_conversion",
        ),
    ],
)
def test_a_conversion_in_brackets_states_no_number_of_its_own(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A conversion in brackets beside the number it converts, added or dropped, states that
    quantity again: no number is added or removed (US outlets add feet to a wire's metres). A
    conversion each version gives otherwise, or the number it converts, is a change; a part of
    a count in brackets is a number of its own. Comparing B with A notes the same, sides
    swapped."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    assert [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The council opened a 5 km trail along the river on Saturday.",
            "The council opened a 5-kilometre trail along the river on Saturday.",
            id="km_and_kilometres",
        ),
        pytest.param(
            "The ferry sank 12 miles off the coast, the coastguard said.",
            "The ferry sank 12 mi off the coast, the coastguard said.",
            id="miles_and_mi",
        ),
        pytest.param(
            "Temperatures reached 41 degrees Celsius in Seville on Monday.",
            "Temperatures reached 41C in Seville on Monday.",
            id="degrees_celsius_and_c",
        ),
        pytest.param(
            "Temperatures reached 41 degrees in Seville on Monday.",
            "Temperatures reached 41C in Seville on Monday.",
            id="degrees_alone_may_be_either_scale",
        ),
        pytest.param(
            "The ship carried 5,000 tonnes of grain to Odesa.",
            "The ship carried 5,000 tons of grain to Odesa.",
            id="tonnes_and_tons",
        ),
        pytest.param(
            "Support for the mayor rose 4 percentage points in the latest poll.",
            "Support for the mayor rose 4 points in the latest poll.",
            id="percentage_points_and_points",
        ),
        pytest.param(
            "Rents in the city rose 4 per cent last year.",
            "Rents in the city rose 4% last year.",
            id="per_cent_and_percent_sign",
        ),
        pytest.param(
            "Highs reached 40C (104F) on Monday.",
            "Highs reached 104F (40C) on Monday.",
            id="a_conversion_told_the_other_way_round",
        ),
        pytest.param(
            "In the 10 years since the first 10 km race, entries have tripled.",
            "In the 10 km race's first 10 years, entries have tripled.",
            id="one_number_in_two_units_on_both_sides",
        ),
        pytest.param(
            "The athlete ran 3 m behind the leader.",
            "The athlete ran 3 metres behind the leader.",
            id="a_letter_apart_from_its_number_is_no_unit",
        ),
    ],
)
def test_a_unit_written_another_way_is_no_change(a: str, b: str) -> None:
    """A unit written otherwise (a short form, another spelling, "degrees Celsius" for "C"),
    "degrees" alone, which either scale writes, a letter apart from its number, which may be
    another word, and a conversion both versions give change no number."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The river rose 4.2 metres above its normal level, the ministry said.",
            "The river rose 13.8 feet above its normal level, the ministry said.",
            [("number_converted", "4.2 metres", "13.8 feet")],
            id="metres_as_feet",
        ),
        pytest.param(
            "Floodwaters cover 310 square kilometres of farmland, the ministry said.",
            "Floodwaters cover about 120 square miles of farmland, the ministry said.",
            [("number_converted", "310 square kilometres", "about 120 square miles")],
            id="square_kilometres_as_about_so_many_square_miles",
        ),
        pytest.param(
            "The water reached Dorvik, 10 km from the dam, on Monday night.",
            "The water reached Dorvik, 6 miles from the dam, on Monday night.",
            [("number_converted", "10 km", "6 miles")],
            id="kilometres_as_miles_to_the_last_digit",
        ),
        pytest.param(
            "Temperatures fell to 20 degrees Celsius as the storm arrived.",
            "Temperatures fell to 68 degrees Fahrenheit as the storm arrived.",
            [("number_converted", "20 degrees Celsius", "68 degrees Fahrenheit")],
            id="celsius_as_fahrenheit",
        ),
        pytest.param(
            "Highs of 35C are expected in the capital on Friday.",
            "Highs of 95F are expected in the capital on Friday.",
            [("number_converted", "35C", "95F")],
            id="glued_celsius_as_fahrenheit",
        ),
        pytest.param(
            "Customs officers seized 25 kg of cocaine at the port.",
            "Customs officers seized 55 lbs of cocaine at the port.",
            [("number_converted", "25 kg", "55 lbs")],
            id="kilograms_as_pounds",
        ),
        pytest.param(
            "The ship spilled 2,400 tonnes of fertiliser into the river.",
            "The ship spilled 2,650 tons of fertiliser into the river.",
            [("number_converted", "2,400 tonnes", "2,650 tons")],
            id="tonnes_as_short_tons",
        ),
        pytest.param(
            "The fire burned 1,200 hectares of forest before crews contained it.",
            "The fire burned 3,000 acres of forest before crews contained it.",
            [("number_converted", "1,200 hectares", "3,000 acres")],
            id="hectares_as_acres",
        ),
        pytest.param(
            "The tanker leaked 40,000 litres of diesel into the bay.",
            "The tanker leaked 10,500 gallons of diesel into the bay.",
            [("number_converted", "40,000 litres", "10,500 gallons")],
            id="litres_as_american_gallons",
        ),
        pytest.param(
            "Up to 15 cm of snow fell on the pass overnight.",
            "Up to 6 inches of snow fell on the pass overnight.",
            [("number_converted", "up to 15 cm", "up to 6 inches")],
            id="centimetres_as_inches_qualified_alike",
        ),
        pytest.param(
            "The river rose 4.2 metres, the ministry said.",
            "The river rose nearly 14 feet, the ministry said.",
            [("number_converted", "4.2 metres", "nearly 14 feet")],
            id="a_conversion_rounded_up_with_nearly",
        ),
        pytest.param(
            "Rescuers have found 987 damaged homes since Sunday, officials said.",
            "Rescuers have found nearly 1,000 damaged homes since Sunday, officials said.",
            [("number_rounded", "987", "nearly 1,000")],
            id="nearly_above_the_count",
        ),
        pytest.param(
            "The ministry has counted 1,140 displaced families, officials said.",
            "The ministry has counted more than 1,100 displaced families, officials said.",
            [("number_rounded", "1,140", "more than 1,100")],
            id="more_than_below_the_count",
        ),
        pytest.param(
            "Engineers measured a flow of 4,480 cubic metres a second, officials said.",
            "Engineers measured a flow of about 4,500 cubic metres a second, officials said.",
            [("number_rounded", "4,480", "about 4,500")],
            id="about_either_side_of_the_count",
        ),
        pytest.param(
            "The damage was put at almost $50 million, officials said.",
            "The damage was put at $48.7 million, officials said.",
            [("number_rounded", "almost $50 million", "$48.7 million")],
            id="an_amount_rounded_in_its_currency",
        ),
        pytest.param(
            "Quarterly revenue rose 18% to $4.21 billion, according to LSEG data.",
            "Quarterly revenue rose 18% to $4.2bn.",
            [
                ("attribution_removed", "according to LSEG data", ""),
                ("number_rounded", "$4.21 billion", "$4.2bn"),
            ],
            id="a_decimal_place_dropped_without_a_qualifier",
        ),
        pytest.param(
            "Gross margin widened to 52.3% in the quarter.",
            "Gross margin widened to 52% in the quarter.",
            [("number_rounded", "52.3%", "52%")],
            id="a_share_rounded_to_a_whole_number",
        ),
        pytest.param(
            "An audit at the Lowmoor Hospice Trust found that about £240,000 was missing.",
            "An audit at the Lowmoor Hospice Trust found that about a quarter of a million "
            "pounds was missing.",
            [("number_rounded", "about £240,000", "about a quarter of a million")],
            id="about_a_figure_as_a_quarter_of_a_million",
        ),
        pytest.param(
            "The utility said about 480,000 homes in the county lost power on Sunday.",
            "The utility said half a million homes in the county lost power on Sunday.",
            [("number_rounded", "about 480,000", "half a million")],
            id="a_count_as_half_a_million",
        ),
    ],
)
def test_one_quantity_in_another_unit_or_rounded_is_no_changed_number(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A number converted into another unit of what it measures, within 3% or the place of its
    last digit, or rounded with a qualifier that says on which side the exact number lies,
    within 5% of it, is one quantity: noted as such, each side shown with its qualifier and
    unit, and its qualifier not noted again. Comparing B with A notes the same, sides swapped."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    assert [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Rescuers have found 987 damaged homes since Sunday, officials said.",
            "Rescuers have found more than 1,000 damaged homes since Sunday, officials said.",
            [("number_changed", "987", "1,000"), ("estimate_changed", "", "more than")],
            id="more_than_above_the_count",
        ),
        pytest.param(
            "The ministry has counted 1,140 displaced families, officials said.",
            "The ministry has counted nearly 1,100 displaced families, officials said.",
            [("number_changed", "1,140", "1,100"), ("estimate_changed", "", "nearly")],
            id="nearly_below_the_count",
        ),
        pytest.param(
            "Engineers measured a flow of 4,480 cubic metres a second, officials said.",
            "Engineers measured a flow of about 45,000 cubic metres a second, officials said.",
            [("number_changed", "4,480", "45,000"), ("estimate_changed", "", "about")],
            id="about_ten_times_the_count",
        ),
        pytest.param(
            "Rescuers have found 987 damaged homes since Sunday, officials said.",
            "Rescuers have found 1,000 damaged homes since Sunday, officials said.",
            [("number_changed", "987", "1,000")],
            id="a_round_number_that_says_it_is_exact",
        ),
        pytest.param(
            "An audit at the Lowmoor Hospice Trust found that about £420,000 was missing.",
            "An audit at the Lowmoor Hospice Trust found that about half a million pounds was "
            "missing.",
            [("number_changed", "£420,000", "half a million")],
            id="half_a_million_a_step_from_the_figure",
        ),
        pytest.param(
            "The river rose 4.2 metres, the ministry said.",
            "The river rose more than 14 feet, the ministry said.",
            [("number_changed", "4.2 metres", "14 feet")],
            id="a_conversion_rounded_the_wrong_way",
        ),
        pytest.param(
            "Temperatures fell to 20C as the storm arrived.",
            "Temperatures fell to 70F as the storm arrived.",
            [("number_changed", "20C", "70F")],
            id="a_temperature_two_degrees_off",
        ),
        pytest.param(
            "The convoy travelled 100 km on Monday.",
            "The convoy travelled 60 miles on Monday.",
            [("number_changed", "100 km", "60 miles")],
            id="a_conversion_more_than_three_percent_off",
        ),
        pytest.param(
            "The river rose 4.2 metres, the ministry said.",
            "The river rose 5.1 metres, the ministry said.",
            [("number_changed", "4.2 metres", "5.1 metres")],
            id="a_changed_number_shown_with_its_unit",
        ),
        pytest.param(
            "Adjusted earnings per share were $1.19, above estimates of $1.02.",
            "Adjusted earnings per share were $1.09, above estimates of $1.02.",
            [("number_changed", "$1.19", "$1.09")],
            id="a_digit_changed_is_no_rounding",
        ),
        pytest.param(
            "The crash killed 21 people, police said.",
            "The crash killed 20 people, police said.",
            [("number_changed", "21", "20")],
            id="a_count_to_one_digit_is_no_rounding",
        ),
        pytest.param(
            "The damage to roads was put at $48 million, officials said.",
            "The damage to roads was put at \u20ac44 million, officials said.",
            [
                ("number_changed", "$48 million", "\u20ac44 million"),
                ("currency_changed", "$", "\u20ac"),
            ],
            id="an_amount_in_another_currency_is_never_checked",
        ),
    ],
)
def test_a_conversion_or_rounding_that_disagrees_is_a_changed_number(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A round number on the wrong side of its qualifier, one far from the exact number, a round
    number that says it is exact, a conversion off by more than its digits allow, and an amount
    in another currency, which no rate at hand converts, are changed numbers, shown with their
    units. Comparing B with A notes the same, sides swapped."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    assert [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Harbor Micro reported revenue of $450 million, beating estimates of $440 million.",
            "Harbor Micro reported revenue of \u20ac450 million, beating estimates of $440 million.",
            [("currency_changed", "$", "\u20ac")],
            id="one_of_two_amounts_in_another_currency",
        ),
        pytest.param(
            "Revenue was $450 million, against estimates of \u20ac440 million.",
            "Revenue was \u20ac450 million, against estimates of $440 million.",
            [("currency_changed", "$, \u20ac", "\u20ac, $")],
            id="two_amounts_trade_currencies",
        ),
        pytest.param(
            "Brent fell $1.12, or 1.5%, to $73.40 a barrel, while WTI lost 98 cents to $69.85.",
            "Brent fell $1.12, or 1.5%, to C$73.40 a barrel, while WTI lost 98 cents to $69.85.",
            [("currency_changed", "$", "C$")],
            id="canadian_dollars_among_us_dollars",
        ),
        pytest.param(
            "Harbor Micro reported revenue of $450 million.",
            "Harbor Micro reported revenue of \u00a5450 million.",
            [("currency_changed", "$", "\u00a5")],
            id="yen_sign_for_dollars",
        ),
        pytest.param(
            "Harbor Micro reported revenue of $450 million.",
            "Harbor Micro reported revenue of CHF 450 million.",
            [("currency_changed", "$", "CHF")],
            id="swiss_code_for_dollars",
        ),
        pytest.param(
            "Harbor Micro reported revenue of $450 million.",
            "Harbor Micro reported revenue of 450 million Swiss francs.",
            [("currency_changed", "$", "CHF")],
            id="swiss_francs_for_dollars",
        ),
        pytest.param(
            "The dollar rose 0.6% against the yen to \u00a5151.30, its highest since February.",
            "The dollar rose 0.6% against the yen to 151.30 yuan, its highest since February.",
            [("currency_changed", "JPY", "CNY")],
            id="yen_sign_told_as_the_yen_for_yuan",
        ),
        pytest.param(
            "Revenue was 450 million yen.",
            "Revenue was 450 million yuan.",
            [("currency_changed", "JPY", "CNY")],
            id="yen_for_yuan",
        ),
        pytest.param(
            "The dollar rose 0.6% against the yen to \u00a5151.30, its highest since February.",
            "The dollar rose 0.6% against the yen to 151.30 yen, its highest since February.",
            [],
            id="yen_sign_and_yen",
        ),
        pytest.param(
            "The yuan weakened to \u00a57.12 per dollar.",
            "The yuan weakened to 7.12 yuan per dollar.",
            [],
            id="yen_sign_may_be_the_yuan",
        ),
        pytest.param(
            "Revenue was $1.2 billion, beating estimates of $1.15 billion.",
            "Revenue was 1,200 million dollars, beating estimates of US$1.15 billion.",
            [],
            id="dollars_written_otherwise",
        ),
        pytest.param(
            "Revenue was \u20ac1.2 billion, beating estimates of \u20ac1.15 billion.",
            "Revenue was EUR 1.2 billion, beating estimates of 1.15 billion euros.",
            [],
            id="euros_written_otherwise",
        ),
        pytest.param(
            "The bridge will cost $48 million, up from $40 million.",
            "The bridge will cost $48 million (\u00a338 million), up from $40 million.",
            [],
            id="a_conversion_added_beside_amounts",
        ),
        pytest.param(
            # The terminal's upgrade is put at 1.4 billion dollars / euros.
            "Модернизация терминала оценивается в 1,4 млрд долларов, сообщили в порту.",
            "Модернизация терминала оценивается в 1,4 млрд евро, сообщили в порту.",
            [("currency_changed", "$", "\u20ac")],
            id="russian_dollars_for_euros",
        ),
        pytest.param(
            # Flood damage is put at 3.8 billion tenge / roubles.
            "Ущерб от паводка оценивается в 3,8 млрд тенге, сообщили в акимате.",
            "Ущерб от паводка оценивается в 3,8 млрд рублей, сообщили в акимате.",
            [("currency_changed", "\u20b8", "\u20bd")],
            id="russian_tenge_for_roubles",
        ),
        pytest.param(
            # The firm will pay a fine of 250 thousand roubles (cut short) / dollars (cut short).
            "Компания заплатит штраф в 250 тыс. руб., решил суд.",  # noqa: RUF001
            "Компания заплатит штраф в 250 тыс. долл., решил суд.",
            [("currency_changed", "\u20bd", "$")],
            id="russian_currencies_cut_short",
        ),
        pytest.param(
            "Компания заплатит штраф в 250 тыс. рублей, решил суд.",
            "Компания заплатит штраф в 250 тыс. белорусских рублей, решил суд.",
            [("currency_changed", "\u20bd", "BYN")],
            id="russian_roubles_for_belarusian_roubles",
        ),
        pytest.param(
            "Компания заплатит штраф в 250 тыс. рублей, решил суд.",
            "Компания заплатит штраф в 250 тыс. руб., решил суд.",  # noqa: RUF001
            [],
            id="russian_roubles_in_full_and_cut_short",
        ),
        pytest.param(
            "O governo liberou US$ 200 milhões para a reconstrução, disse o ministro.",
            "O governo liberou R$ 200 milhões para a reconstrução, disse o ministro.",
            [("currency_changed", "US$", "R$")],
            id="brazilian_reais_for_dollars",
        ),
        pytest.param(
            "O governo liberou R$ 1,2 bilhão para a reconstrução, disse o ministro.",
            "O governo liberou 1,2 bilhão de reais para a reconstrução, disse o ministro.",
            [],
            id="reais_by_sign_and_by_name",
        ),
    ],
)
def test_each_amount_keeps_its_currency(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """An amount given in another currency is a currency changed, whatever other amounts the
    sentence gives in the first one; each currency is its own ("C$", "CHF" and "Swiss francs",
    "yen" and "yuan"), but "\u00a5" may be the yen or the yuan unless the sentence names one.
    Comparing B with A notes the same, sides swapped."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    mirrored = [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)]
    assert sorted(mirrored) == sorted(expected)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The blast killed 12 people and injured 30, police said on Monday.",
            "The blast killed 30 people and injured 12, police said on Monday.",
            [("number_changed", "12", "30"), ("number_changed", "30", "12")],
            id="killed_and_injured_traded",
        ),
        pytest.param(
            "Rebels killed 30 soldiers and 12 civilians in the attack.",
            "Rebels killed 12 soldiers and 30 civilians in the attack.",
            [("number_changed", "30", "12"), ("number_changed", "12", "30")],
            id="soldiers_and_civilians_traded",
        ),
        pytest.param(
            "The blast killed at least 12 people and injured 30, police said.",
            "The explosion killed at least 30 people and injured 12, officials said.",
            [("number_changed", "12", "30"), ("number_changed", "30", "12")],
            id="traded_in_a_paraphrase",
        ),
        pytest.param(
            "Hikers covered 5 miles in 2 hours on the first day.",
            "Hikers covered 2 miles in 5 hours on the first day.",
            [("number_changed", "5 miles", "2 miles"), ("number_changed", "2 hours", "5 hours")],
            id="measures_traded_are_no_unit_changed",
        ),
        pytest.param(
            "The blast injured 30 people and killed 12, police said.",
            "The blast killed 12 people and injured 30, police said.",
            [],
            id="the_same_counts_told_in_another_order",
        ),
        pytest.param(
            "In the blast 12 people were killed and 30 injured.",
            "In the blast 30 people were injured and 12 killed.",
            [],
            id="counts_moved_with_what_befell_them",
        ),
        pytest.param(
            "Confidence in the job market jumped from 40 to 55 in May.",
            "Confidence in the job market jumped to 55 from 40 in May.",
            [],
            id="from_and_to_told_the_other_way_round",
        ),
        pytest.param(
            "Harbor Foods shares fell 72 cents, or 3.8 percent, to $18.34.",
            "Harbor Foods shares fell 3.8 percent, or 72 cents, to $18.34.",
            [],
            id="a_fall_in_cents_and_as_a_share_told_the_other_way_round",
        ),
        pytest.param(
            "Net income fell to $310 million, or 45 cents per share, from $355 million, or 52"
            " cents per share, a year ago.",
            "Net income fell to $355 million, or 52 cents per share, from $310 million, or 45"
            " cents per share, a year ago.",
            [
                ("number_changed", "$310 million", "$355 million"),
                ("number_changed", "45 cents", "52 cents"),
                ("number_changed", "$355 million", "$310 million"),
                ("number_changed", "52 cents", "45 cents"),
            ],
            id="this_year_and_last_traded_with_their_earnings_per_share",
        ),
        pytest.param(
            "Net income fell to $310 million, or 45 cents per share, from $355 million, or 52"
            " cents per share, a year ago.",
            "Net income fell to $310 million, or 52 cents per share, from $355 million, or 45"
            " cents per share, a year ago.",
            [
                ("number_changed", "45 cents", "52 cents"),
                ("number_changed", "52 cents", "45 cents"),
            ],
            id="earnings_per_share_traded_alone",
        ),
    ],
)
def test_counts_that_trade_places_are_noted(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Counts both versions give, each told where the other version tells another of them (by
    the same words beside it), are changed numbers, though the two sentences hold the same
    numbers; the same counts told in another order, or moved with what befell them, are not.
    Comparing B with A notes the same, sides swapped."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    mirrored = [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)]
    assert sorted(mirrored) == sorted(expected)


@given(
    st.sampled_from(sorted(SPELLINGS)).flatmap(
        lambda number: st.tuples(st.just(number), st.sampled_from(SPELLINGS[number]))
    ),
    st.sampled_from(sorted(SPELLINGS)).flatmap(
        lambda number: st.tuples(st.just(number), st.sampled_from(SPELLINGS[number]))
    ),
)
def test_number_notes_mirror_and_see_through_spelling(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    """Comparing A with B notes the numbers of comparing B with A, sides swapped, and only
    when the numbers differ, however each is spelled."""
    (number_a, spelled_a), (number_b, spelled_b) = a, b
    text_a = f"Officials said {spelled_a} people were moved to shelters."
    text_b = f"Officials said {spelled_b} people were moved to shelters."
    forward = [(n.a, n.b) for n in framing_notes(text_a, text_b)]
    backward = [(n.b, n.a) for n in framing_notes(text_b, text_a)]
    assert forward == backward
    assert bool(forward) == (number_a != number_b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The council says the closure will save £3.8 million a year in running costs.",
            "The council claims the closure will save £3.8 million a year in running costs.",
            [("attribution_verb", "says", "claims")],
            id="says_against_claims_after_a_body",
        ),
        pytest.param(
            "Campaigners say that the ward is the safest in the county.",
            "Campaigners claim that the ward is the safest in the county.",
            [("attribution_verb", "say", "claim")],
            id="say_against_claim_after_several",
        ),
        pytest.param(
            "Council leader Graham Pryce says the building is no longer fit for purpose.",
            "Council leader Graham Pryce claims the building is no longer fit for purpose.",
            [("attribution_verb", "says", "claims")],
            id="says_against_claims_after_a_name",
        ),
        pytest.param(
            "She says the council ignored a petition of 12,400 signatures.",
            "She claims the council ignored a petition of 12,400 signatures.",
            [("attribution_verb", "says", "claims")],
            id="says_against_claims_after_a_pronoun",
        ),
        pytest.param(
            "The Harwick Times says that the ward will shut in November.",
            "The Harwick Times reports that the ward will shut in November.",
            [],
            id="reports_lends_the_speaker_what_says_does",
        ),
        pytest.param(
            "She said staff heard the alarm but stayed at their desks.",
            "She claims staff heard the alarm but stayed at their desks.",
            [("attribution_verb", "said", "claims")],
            id="claims_before_a_clause_without_that",
        ),
        pytest.param(
            "She said that staff heard the alarm but stayed at their desks.",
            "She claims that staff heard the alarm but stayed at their desks.",
            [("attribution_verb", "said", "claims")],
            id="claims_that_before_an_irregular_past",
        ),
        pytest.param(
            "Police say officers fired only after the van drove at them.",
            "Police claim officers fired only after the van drove at them.",
            [("attribution_verb", "say", "claim")],
            id="claim_after_police_before_a_clause_without_that",
        ),
        pytest.param(
            "Harris said the council ignored repeated warnings about the roof.",
            "Harris claims the council ignored repeated warnings about the roof.",
            [("attribution_verb", "said", "claims")],
            id="claims_after_a_name_in_s_opening_the_sentence",
        ),
        pytest.param(
            "The Alliance to Defend Reporters says at least 12 reporters are held in Tolvak.",
            "The Alliance to Defend Reporters claims at least 12 reporters are held in Tolvak.",
            [("attribution_verb", "says", "claims")],
            id="claims_after_a_name_holding_a_verb",
        ),
        pytest.param(
            "The Bank of Marenia says inflation will ease by spring.",
            "The Bank of Marenia claims inflation will ease by spring.",
            [("attribution_verb", "says", "claims")],
            id="claims_after_a_name_holding_of",
        ),
    ],
)
def test_forms_more_often_nouns_are_verbs_of_saying_after_their_subject(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Claims", "claim" and "reports", more often nouns, attribute a statement straight after a
    subject, a name, a noun of who speaks or a pronoun, and before the clause they report: "says"
    swapped for "claims" lends the speaker less credence (acceptance 23b #7), "reports" as much."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Insurance claims rose sharply after the floods.", id="a_noun_opening"),
        pytest.param("Insurance claims have risen since March.", id="a_noun_before_have"),
        pytest.param("The claims were false, the council said.", id="after_an_article"),
        pytest.param(
            "He rejected union claims that staff were underpaid.", id="after_a_verb_in_its_clause"
        ),
        pytest.param(
            "Despite council claims that the ward was safe, patients were moved.",
            id="after_a_preposition",
        ),
        pytest.param(
            "Police claims that the man was armed were disputed.", id="one_form_after_several"
        ),
        pytest.param("Bank notes that were forged were seized.", id="before_a_relative_clause"),
        pytest.param(
            "The trust's claims that the ward is safe were disputed.", id="after_an_owner"
        ),
        pytest.param(
            "Insurance claims staff handled 4,000 files after the floods.",
            id="a_noun_opening_before_a_bare_noun",
        ),
        pytest.param("The claims staff were overwhelmed in March.", id="the_claims_staff"),
        pytest.param("She claims damages of $5 million from the council.", id="claims_a_thing"),
        pytest.param("He claims benefits worth £200 a week.", id="claims_a_thing_worth"),
    ],
)
def test_forms_more_often_nouns_attribute_nothing_as_nouns(text: str) -> None:
    """ "Claims" and "notes" after an article, an owner, a verb or a preposition in their clause,
    before what their subject's verb would be, a relative clause, or in a form that does not
    agree with the noun before them are nouns: the profile counts no verb of saying but "said"."""
    profile = framing_profile(document(text, "a"), segment(document(text, "a")))
    assert dict(profile.attribution_verbs).keys() <= {"said"}


def test_a_profile_counts_only_verbs_that_attribute() -> None:
    """Stations a line adds, three men charged, a goal added, a dividend declared, residents
    told to leave and deaths not reported are no statements; "reported that" is one, and so is
    "said" after a quotation that ends in "are"."""
    text = (
        "The new line adds 12 stations. Police charged three men. "
        "Ortega added a second goal before half-time. The board declared a dividend. "
        "Residents were also told to stay away. No deaths were immediately reported. "
        "The union reported that 4,000 members joined the strike. "
        '"This is who we are," said its leader.'
    )
    profile = framing_profile(document(text, "a"), segment(document(text, "a")))
    assert profile.attribution_verbs == (("reported", 1), ("said", 1))


def test_profiles_of_the_seed_articles(seed_texts: list[str]) -> None:
    """One seed hedges with a verification caveat; the other quotes Peskov and hedges with a
    modal ("Russia might target NATO states"); both cite sources."""
    first, second = (
        framing_profile(doc, segment(doc))
        for doc in (document(seed_texts[0], "a"), document(seed_texts[1], "b"))
    )
    assert "could not be independently verified" in first.hedges
    assert first.cited_sources == ("Epoch Times", "Reuters")
    assert "NATO is at war with Russia. This is undeniable" in second.quotes
    assert second.cited_sources == ("Germany's Kiel Institute",)
    assert second.hedges == ("might",)
    assert ("declared", 1) in second.attribution_verbs
    assert {"at least 41", "February 2022", "32", "29"} <= set(second.numbers)


# Russian text: its letters that look Latin are meant.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Министр подчёркивает, что переговоры продолжатся.",
            "Министр подчеркивает, что переговоры продолжатся.",
            id="yo_written_as_ye",
        ),
        pytest.param(
            "Представитель ведомства сообщил, что решение не принято.",
            "Представитель ведомства сообщила, что решение не принято.",
            id="verb_of_a_man_and_of_a_woman",
        ),
        pytest.param(
            "В переговорах примут участие 12 делегаций.",  # noqa: RUF001
            "В переговорах примут участие двенадцать делегаций.",  # noqa: RUF001
            id="number_word",
        ),
        pytest.param(
            "Погибли двадцать пять человек, сообщили спасатели.",
            "Погибли 25 человек, сообщили спасатели.",
            id="tens_and_unit",
        ),
        pytest.param(
            "Киевский режим отверг предложение.",
            "Предложение отверг представитель киевского режима.",
            id="loaded_term_in_two_cases",
        ),
        pytest.param(
            "Об охране окружающей среды договорились.",  # noqa: RUF001
            "Об охране природы договорились.",  # noqa: RUF001
            id="environment_is_no_wednesday",
        ),
        pytest.param(
            "Погибли более двадцати человек.",
            "Погибли более 20 человек.",
            id="tens_in_the_genitive",
        ),
        pytest.param(
            "Это случилось двадцать третьего апреля.",
            "Это случилось 23 апреля.",
            id="day_as_an_ordinal",
        ),
        pytest.param(
            "Ущерб составил полтора миллиарда.",
            "Ущерб составил 1,5 млрд.",
            id="one_and_a_half",
        ),
        pytest.param(
            "Пришли около ста тысяч человек.",
            "Пришли около 100 тысяч человек.",
            id="hundred_in_the_genitive_times_thousand",
        ),
        pytest.param(
            "Погибли более двухсот человек.",
            "Погибли более 200 человек.",
            id="hundreds_in_the_genitive",
        ),
        pytest.param(
            "Пришли полтора десятка человек.", "Пришли 15 человек.", id="one_and_a_half_tens"
        ),
        pytest.param(
            "Бюджет составит 4,5 млн рублей.",
            "Бюджет составит 4,5 миллиона рублей.",
            id="multiplier_abbreviated",
        ),
        pytest.param(
            "Встреча пройдет 5 мая, сообщил министр.",
            "Встреча пройдет в мае, 5-го, сообщила министр.",  # noqa: RUF001
            id="month_in_two_cases",
        ),
        pytest.param(
            "Никто из пассажиров не пострадал, сообщили в МЧС.",
            "Пострадавших среди пассажиров не было, сообщили в МЧС.",
            id="no_one_with_its_not",
        ),
        pytest.param(
            "Губернатор никогда не обещал новый мост.",
            "Губернатор не обещал новый мост.",
            id="never_with_its_not",
        ),
        pytest.param(
            "При пожаре обошлось без пострадавших.",
            "При пожаре никто не пострадал.",
            id="without_for_no_one",
        ),
    ],
)
def test_russian_spelling_and_word_forms_are_no_framing_change(a: str, b: str) -> None:
    """The letter yo written without its dots, a verb's ending for the speaker's gender, a
    number in words and a negative word with the "не" it takes ("никто не", once, as "не было"
    and "без" deny) are how Russian writes one thing, not a change of framing."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("quoting", "paraphrase", "quote"),
    [
        pytest.param(
            "\u201cWe will cooperate fully with the inquiry,\u201d the chief executive said.",
            "The chief executive said the company would cooperate fully with the inquiry.",
            "We will cooperate fully with the inquiry",
            id="curly_quotes",
        ),
        pytest.param(
            "\u00ab\u00a0Nous ne c\u00e9derons pas sur les salaires\u00a0\u00bb, a d\u00e9clar\u00e9 le ministre.",
            "Le ministre a d\u00e9clar\u00e9 qu\u2019il ne c\u00e9derait pas sur les salaires.",
            "Nous ne c\u00e9derons pas sur les salaires",
            id="guillemets",
        ),
        pytest.param(
            "\u2014Nadie nos avis\u00f3 hasta las cinco de la ma\u00f1ana \u2014relat\u00f3 una vecina.",
            "Una vecina relat\u00f3 que nadie les avis\u00f3 hasta las cinco de la ma\u00f1ana.",
            "Nadie nos avis\u00f3 hasta las cinco de la ma\u00f1ana",
            id="spanish_dialogue_dashes",
        ),
        pytest.param(
            "\u2014 Nous n\u2019avons rien vu venir, personne ne nous a pr\u00e9venus.",
            "Un t\u00e9moin a dit que personne ne les avait pr\u00e9venus.",
            "Nous n'avons rien vu venir, personne ne nous a pr\u00e9venus.",
            id="a_french_dialogue_dash",
        ),
        pytest.param(
            "The plan \u2014 approved on Monday by the council \u2014 was dropped on Friday.",
            "The council approved the plan on Monday and dropped it on Friday.",
            None,
            id="dashes_around_an_aside",
        ),
        pytest.param(
            "We have nothing to hide and we never did,\u201d the spokesman told reporters.",
            "The spokesman told reporters the company had nothing to hide.",
            "We have nothing to hide and we never did",
            id="closing_a_quotation_the_sentence_before_opened",
        ),
        pytest.param(
            "\u201cWe will cooperate fully with any inquiry the board opens.",
            "The company will cooperate fully with any inquiry the board opens.",
            "We will cooperate fully with any inquiry the board opens.",
            id="opening_a_quotation_the_next_sentence_closes",
        ),
        pytest.param(
            'The retailer cut its 55" TV to $399, down from $449 for the 50" model.',
            "The retailer cut its 55-inch TV to $399, down from $449 for the 50-inch model.",
            None,
            id="inch_marks",
        ),
        pytest.param(
            'Sales "went from zero to 30" within a year, the founder said.',
            "Sales grew from nothing to 30 stores within a year, the founder said.",
            "went from zero to 30",
            id="a_quotation_ending_in_a_number",
        ),
        pytest.param(
            "The retailer cut its 55\u2033 TV to $399, down from $449 for the 50\u2033 model.",
            "The retailer cut its 55-inch TV to $399, down from $449 for the 50-inch model.",
            None,
            id="double_primes",
        ),
        pytest.param(
            "\u2018We will not back down on pay,\u2019 the union leader said of the nurses\u2019 offer.",
            "The union leader said of the nurses\u2019 offer that they would not back down on pay.",
            "We will not back down on pay",
            id="british_single_quotes",
        ),
        pytest.param(
            "``We will not cut the players' pay this season,'' the club chairman said.",
            "The club chairman said it would not cut the players' pay this season.",
            "We will not cut the players' pay this season",
            id="typewriter_quotes",
        ),
        pytest.param(
            "Police said the driver was on a ''watch list for reckless driving'' last year.",
            "Police said the driver was on a list of reckless drivers last year.",
            "watch list for reckless driving",
            id="typewriter_quotes_opened_with_apostrophes",
        ),
        pytest.param(
            "We will rebuild the pier before the summer season,'' the harbour master said.",
            "The harbour master said the pier would be rebuilt before the summer season.",
            "We will rebuild the pier before the summer season",
            id="a_typewriter_quotation_another_sentence_opened",
        ),
        pytest.param(
            "Mufti Muneeb said \u201cthe law of retribution\u201d would end the need for new laws.",
            "Mufti Muneeb said the law of retribution would end the need for new laws.",
            "the law of retribution",
            id="quote_turned_into_paraphrase_with_curly_quotes",
        ),
        pytest.param(
            "\u0645\u0641\u062a\u06cc \u0645\u0646\u06cc\u0628 \u0646\u06d2 \u06a9\u06c1\u0627 \u06a9\u06c1 \u201d\u062c\u0627\u0646 \u06a9\u06d2 \u0628\u062f\u0644\u06d2 \u062c\u0627\u0646\u201c \u06a9\u0627 \u0642\u0627\u0646\u0648\u0646 \u0646\u0627\u0641\u0630 \u06a9\u06cc\u0627 \u062c\u0627\u0626\u06d2\u06d4",
            "\u0645\u0641\u062a\u06cc \u0645\u0646\u06cc\u0628 \u0646\u06d2 \u06a9\u06c1\u0627 \u06a9\u06c1 \u0642\u0635\u0627\u0635 \u06a9\u0627 \u0642\u0627\u0646\u0648\u0646 \u0646\u0627\u0641\u0630 \u06a9\u06cc\u0627 \u062c\u0627\u0626\u06d2\u06d4",
            "\u062c\u0627\u0646 \u06a9\u06d2 \u0628\u062f\u0644\u06d2 \u062c\u0627\u0646",
            id="urdu_curly_quotes_typed_as_they_look",
        ),
    ],
)
def test_framing_notes_read_quotations_as_containment_does(
    quoting: str, paraphrase: str, quote: str | None
) -> None:
    """A sentence's quotation, however it is printed, is what a paraphrase of it turns into
    paraphrase (and the other way round), and exactly the words containment leaves out as not
    the reporter's own; an inch mark quotes nothing for either, though a quotation may end in a
    number."""
    doc = document(quoting, "a")
    sentences = segment(doc)
    side = Side.of(doc, sentences, frozenset(), {})
    left_out = sum(len(s.tokens) for s in sentences) - side.unquoted_words
    removed = [("quote_removed", quote, "")] if quote else []
    added = [("quote_added", "", quote)] if quote else []
    assert left_out == len(words(quote or ""))
    assert [
        (n.kind, n.a, n.b) for n in framing_notes(quoting, paraphrase) if "quote" in n.kind
    ] == removed
    assert [
        (n.kind, n.a, n.b) for n in framing_notes(paraphrase, quoting) if "quote" in n.kind
    ] == added


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        pytest.param(
            '"We will not back down," union leader Maria Olsen said on Monday.\n'
            'Olsen told reporters: "We have waited two years for a fair offer."\n'
            'She added: "We  will not back down. Not this time."\n'
            '"we will not back down" she said again.',
            (
                "We will not back down",
                "We have waited two years for a fair offer.",
                "We  will not back down. Not this time.",
            ),
            id="repeated_in_the_lede_and_in_full",
        ),
        pytest.param(
            "\u201cWe will not back down. We have waited two years for a fair offer.\n"
            "\u201cWe will wait no longer.\u201d\n"
            "The union\u2019s members meet again on Friday. Talks \u201cresume next week."
            " A vote is expected by the end of the month. Both sides declined to comment.",
            (
                "We will not back down. We have waited two years for a fair offer.",
                "We will wait no longer.",
                "resume next week.",
            ),
            id="over_sentences_and_paragraphs_and_a_stray_mark",
        ),
    ],
)
def test_a_profile_lists_each_quotation_once_and_whole(text: str, quotes: tuple[str, ...]) -> None:
    """A line quoted in the lede and again in full, with other spacing or case, is one quotation;
    the others keep their order. A quotation of several sentences is one, its middle sentences
    printed without marks and each paragraph of it opening with one; a stray mark that nothing
    closes quotes no sentence after its own."""
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).quotes == quotes


def test_cited_sources_follow_cue_words() -> None:
    """A capitalised name after "according to" or "told" is a cited source; after "according
    to", so are unnamed ones ("officials", "the county fire department"), up to a clause word;
    the people an official told are not."""
    text = (
        "According to the Ministry of Defence, 12 drones fell. Officials told Reuters. "
        "According to officials, it rained. The fire spread, according to the county fire "
        "department on Monday. He told reporters it was over. It went according to plan, "
        "according to him."
    )
    assert cited_sources(text) == (
        "Ministry of Defence",
        "Reuters",
        "county fire department",
        "officials",
    )


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "A government source told Fox News the FBI was analyzing the stamps.",
            ("Fox News",),
            id="a_name_after_told_ends_before_the",
        ),
        pytest.param(
            "Council member Rita Osei said on NBC's \u201cMeet the Press\u201d the vote was rushed.",
            (),
            id="an_organisations_word_alone_names_none",
        ),
        pytest.param(
            "The land was sold, according to the Department of the Interior.",
            ("Department of the Interior",),
            id="the_inside_a_name_after_of",
        ),
        pytest.param(
            "The bridge failed two inspections, according to records reviewed by The Associated "
            "Press.",
            ("AP",),
            id="records_reviewed_by_a_wire",
        ),
        pytest.param(
            "According to a spokesman for Boeing, the jet was grounded on Monday.",
            ("Boeing",),
            id="a_spokesman_for_a_company",
        ),
        pytest.param(
            "According to records reviewed by the newspaper, the bridge failed.",
            ("records reviewed by the newspaper",),
            id="records_reviewed_by_an_unnamed_owner",
        ),
        pytest.param(
            "Repairs could cost \u00a33.2 million, according to a report by Hale & Moore.",
            ("Hale & Moore",),
            id="a_firm_of_two_names_joined_by_an_ampersand",
        ),
        pytest.param(
            "The minister told AP & Reuters he would resign on Friday.",
            ("AP", "Reuters"),
            id="two_wires_joined_by_an_ampersand",
        ),
        pytest.param(
            "The mayor told the Valley Herald and the Coast Tribune she would not run again.",
            ("Coast Tribune", "Valley Herald"),
            id="two_papers_joined_by_and",
        ),
        pytest.param(
            "По данным МВД, в акции участвовали около 800 человек.",
            ("МВД",),
            id="a_russian_name_after_po_dannym",
        ),
        pytest.param(
            "По словам медиков, не менее 17 участников акции были госпитализированы.",
            ("медиков",),
            id="russian_medics_after_po_slovam",
        ),
        pytest.param(
            "По данным правозащитного проекта «ОВД-Мониторинг», полиция задержала 340 человек.",
            ("ОВД-Мониторинг",),
            id="a_russian_project_by_its_name_in_guillemets",
        ),
        pytest.param(
            "По данным правозащитного проекта „ОВД-Мониторинг“, полиция задержала 340 человек.",
            ("ОВД-Мониторинг",),
            id="a_russian_project_by_its_name_in_low_quotes",
        ),
        pytest.param(
            "Rents in Cologne rose 9 percent last year, according to the tenants' union "
            "„Wohnen für Alle“.",
            ("Wohnen für Alle",),
            id="a_german_name_in_german_quotes",
        ),
        pytest.param(
            "Rents in Cologne rose 9 percent last year, according to the tenants' union "
            "»Wohnen für Alle«.",
            ("Wohnen für Alle",),
            id="a_german_name_in_a_german_books_quotes",
        ),
        pytest.param(
            "The strike closed three shipyards, according to the union „Solidarność”.",
            ("Solidarność",),
            id="a_polish_name_in_polish_quotes",
        ),
        pytest.param(
            "По словам жителей Мариуполя, обстрел длился час, по данным полиции Москвы, нет.",
            ("жителей", "полиции"),
            id="russian_residents_or_police_of_a_place_are_not_the_place",
        ),
        pytest.param(
            "По сообщению пресс-службы МЧС, пожар на складе потушен к утру.",
            ("МЧС",),
            id="a_russian_press_office_owned_in_the_genitive",
        ),
        pytest.param(
            "По информации из источников в правительстве, сделка сорвалась.",
            ("источников",),
            id="russian_sources_after_iz_from",
        ),
        pytest.param(
            "According to Gov. Gavin Newsom, 12 homes burned in the hills overnight.",
            ("Gov. Gavin Newsom",),
            id="a_title_abbreviated_inside_a_name",
        ),
        pytest.param(
            "The quake struck at 3 a.m., according to the U.S. Geological Survey.",
            ("U.S. Geological Survey",),
            id="initials_inside_a_name",
        ),
        pytest.param(
            "According to Israeli officials, 12 people were killed in the strike on Tuesday.",
            ("Israeli officials",),
            id="a_capitalised_word_before_an_unnamed_source",
        ),
        pytest.param(
            "The convoy was hit twice, according to Russian state media.",
            ("Russian state media",),
            id="state_media_of_a_country",
        ),
        pytest.param(
            "According to Pentagon officials, the strike hit a depot. He told Reuters officials left.",
            ("Pentagon officials", "Reuters"),
            id="a_wire_before_an_unnamed_source_is_the_wire",
        ),
        pytest.param(
            "According to a spokesman for the Pentagon, no troops were hurt in the attack.",
            ("Pentagon",),
            id="an_owner_after_the",
        ),
        pytest.param(
            "The minister told President Biden he would resign, and later told CBS News so.",
            ("CBS News",),
            id="a_person_told_by_their_title_is_no_source",
        ),
        pytest.param(
            "Rebels told The Associated Press Tuesday they would fight on.",
            ("AP",),
            id="a_weekday_after_a_name_in_ap_style",
        ),
        pytest.param(
            "Two villages were flooded, according to the regional governor, Pavel Ostrov.",
            ("regional governor",),
            id="a_governor_named_after_a_comma",
        ),
        pytest.param(
            "Two villages were flooded, according to the regional governor.",
            ("regional governor",),
            id="a_governor_unnamed",
        ),
        pytest.param(
            "Two villages were flooded, according to regional governor Pavel Ostrov.",
            ("regional governor",),
            id="a_governor_before_his_name_as_a_police_chief",
        ),
        pytest.param(
            "Harbor Micro Devices Inc (HMD.O) reported revenue of $1.2 billion on Thursday,"
            " according to LSEG data.",
            ("LSEG data",),
            id="a_ticker_in_brackets_is_no_short_name",
        ),
    ],
)
def test_a_cited_source_is_the_name_it_goes_by(text: str, sources: tuple[str, ...]) -> None:
    """A name after "told" ends where another begins ("Fox News", not "Fox News the FBI"), and
    two wires or outlets joined by "&" or "and" are two sources, not one; an unnamed source that
    a name owns ("records reviewed by", "a spokesman for", Russian's "пресс-службы МЧС", the
    owner in the genitive) or that gives its name in quotes (as any language quotes: „…“, »…«,
    „…”) is that name, and Russian's "по
    данным" and "по словам" cite as "according to" does, after "из" (from) too; a governor is
    cited by the title, as a police chief is, named after it or not; a stock's ticker in
    brackets after a company's name ("(HMD.O)") is no body's short name."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "Le pont restera fermé, selon la préfecture.",
            ("préfecture",),
            id="french_article_dropped",
        ),
        pytest.param(
            "El puente seguirá cerrado, según los bomberos.",
            ("bomberos",),
            id="spanish_article_dropped",
        ),
        pytest.param(
            "Die Brücke bleibt gesperrt, nach Angaben der Ermittler.",
            ("Ermittler",),
            id="german_article_dropped",
        ),
        pytest.param(
            "Le pont coûtera 40 millions, selon le Premier ministre letton Evika Silina.",
            ("Premier ministre letton Evika Silina",),
            id="french_capitalised_title",
        ),
        pytest.param(
            "El puente costará 40 millones, según el primer ministro letón, Evika Silina.",
            ("primer ministro letón",),
            id="spanish_title_in_lower_case",
        ),
        pytest.param(
            "Die Brücke kostet 40 Millionen, nach Angaben des lettischen Regierungschefs Evika Silina.",
            ("Regierungschefs Evika Silina",),
            id="german_title",
        ),
    ],
)
def test_french_spanish_and_german_cues_cite_as_according_to_does(
    text: str, sources: tuple[str, ...]
) -> None:
    """ "Selon", "según" and "nach Angaben" cite whom they name without the article before
    them, as "according to police" does, and a head of government by their title, whether
    French capitalises its first word ("le Premier ministre"), Spanish writes it in lower case or
    German capitalises it as a noun."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "The WHO said the outbreak had spread to three provinces.",
            ("WHO",),
            id="initials_that_say",
        ),
        pytest.param(
            "UNICEF warned that 40,000 children had no clean water.",
            ("UNICEF",),
            id="initials_that_warn",
        ),
        pytest.param(
            "NATO allies agreed to send more troops, and an EU summit opened in Brussels.",
            (),
            id="initials_that_say_nothing",
        ),
        pytest.param(
            "The Red Cross said 400 families had been moved to schools.",
            ("Red Cross",),
            id="the_red_cross",
        ),
        pytest.param(
            "Human Rights Watch said the detentions were arbitrary.",
            ("Human Rights Watch",),
            id="a_watchdog",
        ),
        pytest.param(
            "The World Bank cut its forecast, and the European Union said it would respond.",
            ("European Union", "World Bank"),
            id="a_bank_and_a_union",
        ),
        pytest.param(
            "Mayor Jo Ruiz said the bridge would reopen on Monday.",
            (),
            id="a_person_saying_is_no_body",
        ),
    ],
)
def test_a_body_named_by_what_it_is_or_its_initials_is_cited(
    text: str, sources: tuple[str, ...]
) -> None:
    """A body whose name holds no office's word ("Red Cross", "Human Rights Watch") is cited as
    an agency or a ministry is, and a body's initials are cited where they say something ("The
    WHO said"), not where they only name it ("NATO allies agreed")."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "La OMS dijo que el brote llegó a tres provincias.",
            ("OMS",),
            id="initials_after_their_article",
        ),
        pytest.param(
            "Dos reporteros fueron detenidos en Zulia, denunció el SNTP.",
            ("SNTP",),
            id="initials_after_their_verb",
        ),
        pytest.param(
            "El Sindicato de Prensa de Rosario (Siprer) denunció que hubo seis heridos.",
            ("Siprer",),
            id="a_short_name_in_brackets_that_alleges",
        ),
        pytest.param(
            "Dos reporteros fueron detenidos, denunció la Unión de Periodistas de Zulia (UPZ).",
            ("UPZ",),
            id="a_short_name_ending_its_clause_after_the_verb",
        ),
        pytest.param(
            "Un juez de Río Negro (RN) dijo que el caso sigue abierto.",
            (),
            id="a_place_in_brackets_is_no_speaker",
        ),
        pytest.param(
            "Un reportero sigue detenido, según denunció la ANP.",
            ("ANP",),
            id="initials_after_segun_and_their_verb",
        ),
        pytest.param(
            "The minister said the WHO would send doctors.",
            (),
            id="initials_after_a_verb_open_the_clause_reported",
        ),
        pytest.param(
            "Russia warned the EU.",
            (),
            id="initials_a_verb_is_told_to",
        ),
        pytest.param(
            "The Securities and Exchange Commission (SEC) said it would act.",
            ("Securities and Exchange Commission",),
            id="a_body_cited_by_its_own_word_once",
        ),
    ],
)
def test_a_spanish_body_that_says_something_is_cited(text: str, sources: tuple[str, ...]) -> None:
    """A body's initials after "la" or "el", or at their clause's end after a verb of saying
    ("..., denunció el SNTP."), and a short name in brackets after a full name that says
    something, are cited; a place in brackets, or initials that open the clause reported, are
    not."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "La Fiscalía de Sinaloa informó que no hay detenidos por el crimen.",
            ("Fiscalía de Sinaloa",),
            id="a_prosecutors_office_before_its_verb",
        ),
        pytest.param(
            "El Ministerio de Seguridad dijo que 18 agentes resultaron heridos.",
            ("Ministerio de Seguridad",),
            id="a_ministry_before_its_verb",
        ),
        pytest.param(
            "Además, la Fiscalía dijo que no descarta ninguna línea de investigación.",
            ("Fiscalía",),
            id="a_body_by_its_word_alone_after_la",
        ),
        pytest.param(
            "La Policía detuvo a 124 personas, informó el Ministerio de Seguridad en un comunicado.",
            ("Ministerio de Seguridad",),
            id="a_body_after_its_verb_with_its_clause_going_on",
        ),
        pytest.param(
            "El Sindicato de Prensa de Rosario (Siprer) convocó una marcha. Siprer denunció que "
            "hubo seis heridos.",
            ("Siprer",),
            id="a_short_name_given_before_saying_alone",
        ),
        pytest.param(
            "La Comisión Interamericana de Derechos Humanos (CIDH) dijo que pidió su liberación.",
            ("CIDH",),
            id="a_body_with_its_short_name_cited_once",
        ),
        pytest.param(
            "Según vecinos, dos hombres en una motocicleta le dispararon.",
            ("vecinos",),
            id="segun_neighbours_as_according_to_residents",
        ),
        pytest.param(
            "According to residents, two men on a motorcycle opened fire. The Interior Ministry "
            "said no one was held.",
            ("Interior Ministry", "residents"),
            id="english_as_spanish_is_read",
        ),
        pytest.param(
            "Siprer denunció que hubo seis heridos.",
            (),
            id="a_short_name_never_given_is_as_a_surname",
        ),
        pytest.param(
            "Julián Castañeda dijo que recibía amenazas.", (), id="a_person_by_name_is_no_body"
        ),
        pytest.param(
            "El fiscal regional, Arturo Beltrán, afirmó que el crimen no quedará impune.",
            (),
            id="a_person_by_office_is_no_body",
        ),
        pytest.param(
            "El Fiscal General, Tarek William Saab, dijo que ambos están acusados.",
            (),
            id="an_office_capitalised_is_no_body",
        ),
        pytest.param(
            "La Policía Federal detuvo a 124 personas frente al Congreso.",
            (),
            id="a_body_that_says_nothing",
        ),
        pytest.param(
            "La Fiscalía de Sonora ha informado que el detenido fue trasladado a Hermosillo.",
            ("Fiscalía de Sonora",),
            id="a_body_in_the_perfect_tense",
        ),
        pytest.param(
            "Nadie resultó herido en el desalojo, ha informado la Fiscalía.",
            ("Fiscalía",),
            id="a_body_after_its_verb_in_the_perfect_tense",
        ),
        pytest.param(
            "La Fiscalía ha detenido a dos hombres en Hermosillo.",
            (),
            id="a_body_in_the_perfect_tense_that_says_nothing",
        ),
        pytest.param(
            "El portavoz del Ministerio de Seguridad dijo que hubo 12 detenidos en la marcha.",
            ("Ministerio de Seguridad",),
            id="a_spokesperson_of_a_body",
        ),
        pytest.param(
            "Un funcionario de la Secretaría de la Defensa Nacional dijo que el convoy fue atacado.",
            ("Secretaría de la Defensa Nacional",),
            id="an_official_of_a_body_whose_name_holds_de_la",
        ),
        pytest.param(
            "La sede del Ministerio de Salud fue evacuada el martes.",
            (),
            id="a_body_of_a_thing_that_says_nothing",
        ),
        pytest.param(
            "El Instituto Nacional de Estadística y Censos informó que la inflación fue de 4,2%.",
            ("Instituto Nacional de Estadística y Censos",),
            id="a_name_joined_by_y",
        ),
        pytest.param(
            "El Ministerio de Ciencia e Innovación anunció 300 becas nuevas.",
            ("Ministerio de Ciencia e Innovación",),
            id="a_name_joined_by_e",
        ),
        pytest.param(
            "El Ministerio de Seguridad informó que hubo 12 detenidos. Más tarde, el Ministerio "
            "dijo que eran 14.",
            ("Ministerio de Seguridad",),
            id="a_body_by_its_head_after_its_full_name",
        ),
        pytest.param(
            "El Ministerio de Seguridad y el Ministerio de Salud informaron que hubo 18 heridos.",
            ("Ministerio de Salud", "Ministerio de Seguridad"),
            id="two_bodies_joined_by_y_say_together",
        ),
        pytest.param(
            "La Fiscalía y la Policía Federal detuvieron a 124 personas frente al Congreso.",
            (),
            id="two_bodies_joined_by_y_that_say_nothing",
        ),
    ],
)
def test_a_spanish_body_named_beside_its_verb_of_saying_is_cited(
    text: str, sources: tuple[str, ...]
) -> None:
    """A Spanish body named by the word it opens with after a definite article ("La Fiscalía de
    Sinaloa", "el Ministerio de Seguridad"), before its verb of saying or after one, is cited as
    "The Interior Ministry said" is, and so is a short name the text gave in brackets wherever
    it speaks, and those "según" names without a capital as "according to" does, and each of
    two bodies joined by "y" before one verb; a person, by name or office, is not, nor a body
    that says nothing, nor a lone name the text never gave as a body's. A perfect tense says as the preterite does ("ha informado"), a spokesperson or
    official "del" or "de la" body speaks for it, a name keeps its "y", "e" and "de la", and a
    body called by its head once named in full is listed once, in full."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "La Fiscalía ha informado que el detenido fue trasladado a Hermosillo.",
            "El detenido fue trasladado a Hermosillo.",
            [("attribution_removed", "La Fiscalía ha informado", "")],
            id="a_report_in_the_perfect_stated_as_fact",
        ),
        pytest.param(
            "El ministro dijo que no habrá recortes en la sanidad.",
            "El ministro ha dicho que no habrá recortes en la sanidad.",
            [],
            id="said_and_has_said",
        ),
        pytest.param(
            "Los vecinos denunciaron que la policía no acudió.",
            "Los vecinos han denunciado que la policía no acudió.",
            [],
            id="alleged_and_have_alleged",
        ),
        pytest.param(
            "El alcalde dijo que la planta cerrará en mayo.",
            "El alcalde había denunciado que la planta cerrará en mayo.",
            [("attribution_verb", "dijo", "denunciado")],
            id="said_become_had_alleged",
        ),
        pytest.param(
            "El Gobierno no ha comentado que hubo 14 detenidos.",
            "El Gobierno ha comentado que hubo 14 detenidos.",
            [("negation_removed", "no", "")],
            id="the_perfect_denied",
        ),
        pytest.param(
            "Yo he dicho que no habrá recortes en la sanidad.",
            "No habrá recortes en la sanidad.",
            [("attribution_removed", "Yo he dicho", "")],
            id="i_have_said_stated_as_fact",
        ),
        pytest.param(
            "Yo dije que no habrá recortes en la sanidad.",
            "Yo he dicho que no habrá recortes en la sanidad.",
            [],
            id="i_said_and_i_have_said",
        ),
        pytest.param(
            "He said there would be no cuts in health.",
            "There would be no cuts in health.",
            [("attribution_removed", "He said", "")],
            id="english_he_is_a_speaker_still",
        ),
    ],
)
def test_spanish_perfect_tenses_of_saying_attribute_as_the_preterite_does(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Ha informado", "ha dicho", "había declarado" and "han denunciado" attribute as
    "informó", "dijo", "declaró" and "denunció" do, with the same credence, and so does the
    first person ("yo he dicho"), whose "he" stays the English pronoun in English; denied ("no
    ha comentado") they attribute nothing."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El acusado fue declarado culpable por el tribunal.", id="the_accused"),
        pytest.param("Dicho acuerdo fue firmado en Lima.", id="said_agreement"),
        pytest.param("Un hecho confirmado por la policía.", id="a_confirmed_fact"),
    ],
)
def test_spanish_participles_of_saying_alone_attribute_nothing(text: str) -> None:
    """A participle of saying without "haber" before it is an adjective or a noun ("el acusado",
    "dicho acuerdo", "declarado culpable"), and a profile lists no verb of saying for it."""
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).attribution_verbs == ()


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "Workers of the Calder Dockworkers Union said the strike would go on.",
            ("Calder Dockworkers Union",),
            id="workers_of_a_union",
        ),
        pytest.param(
            "Talks broke down. Members of Calder Dockworkers Union voted to stay out.",
            ("Calder Dockworkers Union",),
            id="members_of_a_union_without_the",
        ),
        pytest.param(
            "Talks broke down. Council of the European Union ministers met on Monday.",
            ("Council of the European Union",),
            id="a_body_whose_name_goes_on_by_of",
        ),
        pytest.param(
            'John Bank, a crane operator, said the port was shut. "We have no choice," Bank said.',
            (),
            id="a_person_called_by_a_surname_that_is_a_banks",
        ),
        pytest.param(
            "Amy Cross, 41, said the shelter was full, and the Red Cross said aid was blocked.",
            ("Red Cross",),
            id="a_person_of_a_given_age_beside_the_red_cross",
        ),
        pytest.param(
            "Growth will slow, the World Bank said. Mr. Bank, its former adviser, disagreed.",
            ("World Bank",),
            id="the_world_bank_beside_a_mr_bank",
        ),
        pytest.param(
            "Deutsche Bank said profits fell by a third. The bank blamed legal costs.",
            ("Deutsche Bank",),
            id="a_bank_named_without_the_called_the_bank",
        ),
        pytest.param(
            "A spokesman for Deutsche Bank said profits fell by a third.",
            ("Deutsche Bank",),
            id="a_bank_a_spokesman_speaks_for",
        ),
        pytest.param("John Bank said the port was shut.", (), id="a_person_saying"),
        pytest.param("The port was shut, said John Bank.", (), id="a_person_said_by"),
        pytest.param("Amy Cross told reporters the shelter was full.", (), id="a_person_telling"),
        pytest.param(
            "John Bank, a crane operator, said the port was shut.",
            (),
            id="a_person_with_an_aside_before_saying",
        ),
        pytest.param(
            "John Bank of the Calder Dockworkers Union said the strike would go on.",
            ("Calder Dockworkers Union",),
            id="a_person_of_the_union",
        ),
        pytest.param(
            "Calder University said fees would rise.",
            ("Calder University",),
            id="a_body_by_a_word_that_is_no_surname",
        ),
    ],
)
def test_a_body_is_cited_by_its_own_name_not_a_persons_nor_its_members(
    text: str, sources: tuple[str, ...]
) -> None:
    """A sentence's first word that runs into a body's name by "of" ("Workers of the ...") is
    no part of the body's name, but a body whose own name goes on by "of" is cited whole; a
    person whose surname is an organisation's word ("John Bank") is no body, where the text
    gives their age or calls them by the surname alone, as it never calls a body; two names that
    end in a word as often a surname ("Bank", "Cross") and say something are a person's, unless
    "the" stands before them, the text calls the body "the bank" or a spokesperson speaks for
    it."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "Two soldiers died, according to the ministry of Defence.",
            ("ministry of Defence",),
            id="english_ministry",
        ),
        pytest.param(
            "Dos soldados murieron, según el ministerio de Defensa.",
            ("ministerio de Defensa",),
            id="spanish_ministry",
        ),
        pytest.param(
            "Deux drones ont été abattus, selon le ministère estonien de la Défense.",
            ("ministère estonien de la Défense",),
            id="french_ministry_with_its_adjective_after_it",
        ),
        pytest.param(
            "Dos personas resultaron heridas, según la policía de Madrid.",
            ("policía de Madrid",),
            id="spanish_police",
        ),
        pytest.param(
            "Las conversaciones fracasaron, según el portavoz del Kremlin.",
            ("Kremlin",),
            id="spanish_spokesperson",
        ),
        pytest.param(
            "Les pourparlers ont échoué, selon le porte-parole du Kremlin.",
            ("Kremlin",),
            id="french_spokesperson",
        ),
        pytest.param(
            "Two died, according to police officers of the Metropolitan Police.",
            ("Metropolitan Police",),
            id="officers_of_a_body",
        ),
    ],
)
def test_a_body_named_after_of_or_de_is_cited_whole(text: str, sources: tuple[str, ...]) -> None:
    """A ministry or police force whose name goes on after "of" or "de" is cited by its whole
    name, not by the word after it ("Defence") nor its words before it ("ministerio de"); a
    spokesperson or officers of a body cite the body."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    ("one_way", "another_way", "sources"),
    [
        pytest.param(
            "Twelve homes burned near Redding, according to Gov. Gavin Newsom.",
            "Twelve homes burned near Redding, according to Calif. Gov. Gavin Newsom.",
            ("Gov. Gavin Newsom",),
            id="a_title_held_for_a_state_by_its_abbreviation",
        ),
        pytest.param(
            "The border stays shut, according to Gov. Greg Abbott.",
            "The border stays shut, according to Texas Gov. Greg Abbott.",
            ("Gov. Greg Abbott",),
            id="a_title_held_for_a_state_by_its_name",
        ),
        pytest.param(
            "According to a spokesman for the Pentagon, no troops were hurt in the blaze.",
            "According to a Pentagon spokesman, no troops were hurt in the blaze.",
            ("Pentagon",),
            id="the_body_a_spokesman_speaks_for",
        ),
        pytest.param(
            "The quake hit at 3 a.m., according to the U.S. Geological Survey.",
            "The quake hit at 3 a.m., the U.S. Geological Survey said.",
            ("U.S. Geological Survey",),
            id="a_survey_that_says",
        ),
        pytest.param(
            "According to Israeli military officials, 12 people were killed in the strike.",
            "According to senior Israeli military officials, 12 people were killed in the strike.",
            ("Israeli military officials",),
            id="officials_said_which_in_lower_case_first",
        ),
        pytest.param(
            "The governor told President Biden that help was not needed.",
            "The governor told Prime Minister Keir Starmer that help was not needed.",
            (),
            id="a_person_told_by_a_title_of_two_words",
        ),
        pytest.param(
            "According to Boeing spokesman Tim Smith, the jet was safe to fly.",
            "Boeing spokesman Tim Smith said the jet was safe to fly.",
            ("Boeing",),
            id="a_company_by_its_spokesman_named",
        ),
        pytest.param(
            "The mayor told Reuters the road would reopen on Friday.",
            "The mayor told a Reuters reporter the road would reopen on Friday.",
            ("Reuters",),
            id="a_wires_reporter_told",
        ),
    ],
)
def test_the_same_sourcing_written_two_ways_cites_the_same_sources(
    one_way: str, another_way: str, sources: tuple[str, ...]
) -> None:
    """Outlets are compared by whom they cite, so the same source cited in other words is the
    same source: a title's holder wherever the title is held, a body by its spokesman, an agency
    whether "according to" it or it "said", officials however many or senior, and a person told
    by a title of one word or two cite as the other way of writing them does (acceptance 30 #6)."""
    assert cited_sources(one_way) == cited_sources(another_way) == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "No troops were hurt in the blaze, a Pentagon spokesman said.",
            ("Pentagon",),
            id="a_body_by_its_spokesman_at_the_clause_end",
        ),
        pytest.param(
            "A White House spokeswoman says the visit will go ahead on Friday.",
            ("White House",),
            id="a_body_by_its_spokeswoman_opening_the_sentence",
        ),
        pytest.param(
            "The talks are over, Kremlin spokesman Dmitry Peskov said.",
            ("Kremlin",),
            id="a_body_by_its_spokesman_named_after_a_comma",
        ),
        pytest.param(
            '"The talks are over," Kremlin spokesman Dmitry Peskov said.',
            ("Kremlin",),
            id="a_body_by_its_spokesman_named_after_a_quotation",
        ),
        pytest.param(
            "\u201cThe talks are over,\u201d Kremlin spokesman Dmitry Peskov said.",
            ("Kremlin",),
            id="a_body_by_its_spokesman_named_after_a_quotation_in_curly_quotes",
        ),
        pytest.param(
            "The talks are over, Kremlin spokesman Dmitry Peskov said on Tuesday.",
            ("Kremlin",),
            id="a_body_by_its_spokesman_named_saying_on_a_day",
        ),
        pytest.param(
            "The talks are over, Kremlin spokesman Dmitry Peskov told reporters in Moscow.",
            ("Kremlin",),
            id="a_body_by_its_spokesman_named_telling_reporters",
        ),
        pytest.param(
            "Kremlin spokesman Dmitry Peskov said the talks with Kyiv were over.",
            ("Kremlin",),
            id="a_body_by_its_spokesman_named_opening_the_sentence",
        ),
        pytest.param(
            "Boeing spokesman Tim Smith denied that the jet had been grounded.",
            ("Boeing",),
            id="a_company_by_its_spokesman_named_denying",
        ),
        pytest.param(
            "A WHO spokesman said the outbreak was contained.",
            ("WHO",),
            id="a_body_by_its_spokesman_whose_name_is_a_function_word_in_capitals",
        ),
        pytest.param(
            "The strike hit a fuel depot, said a White House spokeswoman.",
            ("White House",),
            id="a_body_by_its_spokeswoman_after_said",
        ),
        pytest.param(
            "\u201cThe strike hit a fuel depot,\u201d said Pentagon spokesman John Kirby.",
            ("Pentagon",),
            id="a_body_by_its_spokesman_named_after_said",
        ),
        pytest.param(
            "John Kirby, a Pentagon spokesman, said the strike hit a fuel depot.",
            ("Pentagon",),
            id="a_body_by_its_spokesman_in_apposition",
        ),
        pytest.param(
            "The talks are over, said Dmitry Peskov, the Kremlin spokesman.",
            ("Kremlin",),
            id="a_body_by_its_spokesman_in_apposition_after_said",
        ),
        pytest.param(
            "\u201cThe talks are over,\u201d said Dmitry Peskov, the Kremlin spokesman, on Tuesday.",
            ("Kremlin",),
            id="a_body_by_its_spokesman_in_apposition_after_a_quotation_and_said",
        ),
        pytest.param(
            "The strike hit a fuel depot, said John Kirby, a spokesman for the Pentagon.",
            ("Pentagon",),
            id="a_body_by_a_spokesman_for_it_in_apposition_after_said",
        ),
        pytest.param(
            "The strike hit a fuel depot, a spokesman for the Pentagon said.",
            ("Pentagon",),
            id="a_body_by_a_spokesman_for_it",
        ),
        pytest.param(
            "The strike hit a fuel depot, said a spokeswoman for the Pentagon.",
            ("Pentagon",),
            id="a_body_by_a_spokeswoman_for_it_after_said",
        ),
        pytest.param(
            "Smith's spokesman said the senator would appeal the ruling.",
            ("Smith",),
            id="a_person_by_their_spokesman_in_the_possessive",
        ),
        pytest.param(
            "A spokeswoman for Smith said the senator would appeal the ruling.",
            ("Smith",),
            id="a_person_by_a_spokeswoman_for_them",
        ),
        pytest.param(
            "The talks are over, Dmitry Peskov said.", (), id="a_persons_name_alone_before_said"
        ),
        pytest.param("The talks are over, the Republican said.", (), id="a_party_member_said"),
        pytest.param("The talks are over, the Briton said.", (), id="a_nationals_said"),
        pytest.param(
            "Boeing spokesman Tim Smith was fired in May.",
            (),
            id="a_named_spokesman_saying_nothing",
        ),
        pytest.param(
            "A Pentagon spokesman charged with leaking secrets was fired.",
            (),
            id="a_spokesman_charged",
        ),
        pytest.param(
            "Former Pentagon spokesman John Kirby said the talks were over.",
            (),
            id="a_former_spokesman_speaks_for_the_body_no_longer",
        ),
        pytest.param(
            "On Tuesday Kremlin spokesman Dmitry Peskov said the talks were over.",
            (),
            id="a_day_run_into_the_bodys_name_is_no_source",
        ),
        pytest.param(
            "A Pentagon spokesman was moved to another post in May.",
            (),
            id="a_spokesman_who_says_nothing",
        ),
        pytest.param(
            "The spokesman said the ferry would sail on Friday.", (), id="the_spokesman_said"
        ),
        pytest.param(
            "His spokeswoman said the senator would not resign.", (), id="his_spokeswoman_said"
        ),
        pytest.param(
            "Another spokesman said the ferry had been cancelled.",
            (),
            id="another_spokesman_said",
        ),
        pytest.param(
            "Every spokesman said the ferry had been cancelled.",
            (),
            id="every_spokesman_said",
        ),
        pytest.param(
            "Our spokeswoman said the senator would not resign.", (), id="our_spokeswoman_said"
        ),
        pytest.param(
            "No spokesman said when the ferry would sail again.", (), id="no_spokesman_said"
        ),
        pytest.param(
            "The Pentagon spokesman said the strike hit a fuel depot.",
            ("Pentagon",),
            id="a_body_after_the_article_opening_the_sentence",
        ),
        pytest.param(
            "The White House spokeswoman said the talks had failed.",
            ("White House",),
            id="a_body_of_two_words_after_the_article_opening_the_sentence",
        ),
        pytest.param(
            "The WHO spokesman said the outbreak was contained.",
            ("WHO",),
            id="a_body_in_capitals_after_the_article_opening_the_sentence",
        ),
        pytest.param(
            "The Pentagon's spokesman said the strike hit a fuel depot.",
            ("Pentagon",),
            id="a_body_in_the_possessive_after_the_article_opening_the_sentence",
        ),
        pytest.param(
            "The minister said a Pentagon spokesman had misled reporters.",
            (),
            id="a_spokesman_said_of",
        ),
        pytest.param(
            "The minister said Dmitry Peskov, the Kremlin spokesman, had misled reporters.",
            (),
            id="a_spokesman_in_apposition_said_of",
        ),
        pytest.param(
            "The talks are over, said Dmitry Peskov, the Kremlin spokesman's deputy.",
            (),
            id="a_spokesmans_deputy_in_apposition_after_said",
        ),
        pytest.param(
            "The talks are over, said Dmitry Peskov, the former Kremlin spokesman.",
            (),
            id="a_former_spokesman_in_apposition_after_said",
        ),
        pytest.param(
            "The talks are over, said a former spokesman for the Pentagon.",
            (),
            id="a_former_spokesman_for_the_body_speaks_for_it_no_longer",
        ),
    ],
)
def test_a_spokesperson_saying_cites_the_body_they_speak_for(
    text: str, sources: tuple[str, ...]
) -> None:
    """A body's spokesperson who says something cites the body, as "according to a Pentagon
    spokesman" does, with their own name between or not, in any of wire copy's orders (after a
    quotation, opening the sentence, "said on Tuesday", "told reporters", after "said", in
    apposition, after "said" and their own name too, "a spokesman for" it), and a person's spokesperson the person, as "according to
    Smith" cites Smith; a person's name, a party member or a national alone before "said" cites
    no one, nor does a spokesperson who says nothing or is spoken of, a former one, a name a date
    runs into ("Tuesday Kremlin") or a determiner ("The spokesman", "His spokeswoman", "Every
    spokesman"), which may open the body's name ("The Pentagon spokesman") (acceptance 32 #7,
    review 30 #9, acceptance 33a #6, review 31 #2, acceptance 34 #10)."""
    assert cited_sources(text) == sources


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Reuters photographer Ann Smith was injured while covering the fire.",
            id="a_wires_photographer",
        ),
        pytest.param(
            "The reporter won a prize for his AP reporting on the floods.", id="a_wires_reporting"
        ),
        pytest.param("AFP reporter Anna Smith was detained at the border.", id="a_wires_reporter"),
        pytest.param(
            "Police questioned AFP's correspondent for three hours.", id="a_wires_possessive"
        ),
        pytest.param("Reuters staff were moved out of the building.", id="a_wires_staff"),
        pytest.param(
            "An AFP photographer was injured when the crowd saw the police.",
            id="a_wires_photographer_injured_when_others_see",
        ),
        pytest.param(
            "An AFP photographer was injured where the crowd saw the police.",
            id="a_wires_photographer_injured_where_others_see",
        ),
        pytest.param(
            "A Reuters cameraman was hurt once the protesters saw the riot vans.",
            id="a_wires_cameraman_hurt_once_others_see",
        ),
        pytest.param(
            "An AP reporter was detained although the guards had seen her press card.",
            id="a_wires_reporter_detained_although_others_had_seen",
        ),
    ],
)
def test_news_of_a_wires_journalists_cites_no_wire(text: str) -> None:
    """A wire's name before its people or work (a newsroom role, "staff", "reporting") is news
    about the wire's journalists, not a citation of its copy, and so is a verb of seeing in
    another clause ("when the crowd saw", "once ... saw": any of the subordinators); a cue or a
    credit line still cites the wire (acceptance 30 #6, review 30 #13)."""
    assert cited_sources(text) == ()
    cited = (
        "According to Reuters reporting, the fire was set.\n\n"
        "Associated Press reporter Jo Roe contributed to this report."
    )
    assert cited_sources(cited) == ("AP", "Reuters")


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        pytest.param(
            "AFP correspondents in Khan Younis reported heavy shelling overnight.",
            "AFP",
            id="its_correspondents_report",
        ),
        pytest.param(
            "Reuters reporting showed the merger talks had collapsed.",
            "Reuters",
            id="its_reporting_shows",
        ),
        pytest.param(
            "An AP photographer saw three bodies near the bridge, the agency said.",
            "AP",
            id="its_photographer_sees",
        ),
        pytest.param(
            "An AP photographer who saw the crash was treated for shock.",
            "AP",
            id="its_photographer_who_sees",
        ),
    ],
)
def test_a_wires_journalists_who_report_or_see_cite_the_wire(text: str, wire: str) -> None:
    """A wire's people or work that say, report or see something in their clause are the
    article's source, cited as the wire is; the same people injured or detained are news."""
    assert cited_sources(text) == (wire,)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "According to reports, the mayor of Tarrow will resign before the council meets.",
            (),
            id="reports_alone",
        ),
        pytest.param(
            "The ferry sank in calm seas, according to unconfirmed local reports.",
            (),
            id="reports_described_by_no_one",
        ),
        pytest.param(
            "According to reports in the Harbour Post, the mayor will resign on Friday.",
            ("Harbour Post",),
            id="reports_in_a_paper_cite_the_paper",
        ),
        pytest.param(
            "According to Tuesday's statement, the smelter will close by the end of May.",
            (),
            id="a_weekdays_statement",
        ),
        pytest.param(
            "According to yesterday\u2019s statement, the smelter will close by the end of May.",
            (),
            id="yesterdays_statement_with_a_curly_apostrophe",
        ),
        pytest.param(
            "According to Friday's report from the Interior Ministry, 40 people were detained.",
            ("Interior Ministry",),
            id="a_weekdays_report_from_a_ministry",
        ),
        pytest.param(
            "According to March's report by Hale & Moore, repairs will cost \u00a33.2 million.",
            ("Hale & Moore",),
            id="a_months_report_by_a_firm",
        ),
        pytest.param(
            "According to media reports, talks collapsed; according to a police statement, two"
            " were hurt.",
            ("a police statement", "media reports"),
            id="a_word_for_who_beside_them",
        ),
    ],
)
def test_what_a_source_issued_names_no_source_without_who(
    text: str, sources: tuple[str, ...]
) -> None:
    """ "Reports" and "a statement" say what was issued, not who issued it: alone, or after the
    day or month that says when ("Tuesday's statement"), they cite no one; their owner, or a
    word for who beside them ("media reports"), is cited."""
    assert cited_sources(text) == sources


def test_a_source_is_cited_without_the_the_it_opens_with() -> None:
    """A "The" a name opens with is capitalised as a sentence's first word, and written or left
    out as a style has it inside one: the source is cited under one key wherever it stands."""
    opening = "The U.S. Geological Survey said the quake struck at a depth of 10 km."
    closing = "The quake struck at a depth of 10 km, the U.S. Geological Survey said."
    assert cited_sources(opening) == cited_sources(closing) == ("U.S. Geological Survey",)
    reported = "The Washington Post reported the talks failed."
    told = "The talks failed, The Washington Post reported."
    assert cited_sources(reported) == cited_sources(told) == ("Washington Post",)


def test_a_wire_service_is_cited_once_by_its_name() -> None:
    """ "The Associated Press" (a name ending in "Press") and "(AP)" are one source: AP."""
    text = "Rebels told The Associated Press they would fight on. (AP) Copyright 2025 AP."
    assert cited_sources(text) == ("AP",)


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        pytest.param(
            "According to Bloomberg News, the port deal is close. Bloomberg said talks go on.",
            "Bloomberg",
            id="bloomberg_news",
        ),
        pytest.param(
            "China's official Xinhua News Agency reported that 12 miners were trapped.",
            "Xinhua",
            id="xinhua_news_agency",
        ),
        pytest.param(
            "The strike ended on Friday, Reuters News Agency reported, citing the union.",
            "Reuters",
            id="a_wire_news_agency",
        ),
    ],
)
def test_a_wires_full_name_cites_the_wire_by_its_name(text: str, wire: str) -> None:
    """A wire's name with "News" or "News Agency" after it is the wire, listed once by its name
    as "The Associated Press" is AP; another outlet ending in "News" is itself."""
    assert cited_sources(text) == (wire,)
    assert cited_sources("A source told Fox News the talks had failed.") == ("Fox News",)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Former New York mayor Michael Bloomberg donated $5 million to the campaign.",
            id="a_persons_name",
        ),
        pytest.param("Thomson Reuters shares fell 3% on Tuesday.", id="a_companys_name"),
        pytest.param("Students sat AP Biology exams on Monday morning.", id="a_course_name"),
    ],
)
def test_a_wires_name_inside_a_longer_name_cites_no_wire(text: str) -> None:
    """A wire's name that a capitalised word before or after makes part of a person's, a
    company's or a thing's name cites no wire; the wire's own name before a weekday, in AP
    style, still does."""
    assert cited_sources(text) == ()
    assert cited_sources("Rebels told AP Tuesday they would fight on.") == ("AP",)


@given(
    st.lists(
        st.sampled_from(["AP", "ap", "said", "-x", "]b", "Reuters", "U.S.", "\u0627\u064b"]),
        min_size=1,
        max_size=4,
    ),
    st.lists(
        st.sampled_from(["AP", "Ap", "said", "SAID", "-x", "]b", "Reuters", "U.S.", "\u0627\u064b"])
        | st.sampled_from([" ", "x", "(", ")", "."]),
        max_size=12,
    ).map("".join),
    st.sampled_from([0, re.IGNORECASE]),
)
def test_phrase_patterns_find_what_a_plain_alternation_does(
    phrases: list[str], text: str, flags: int
) -> None:
    """The look-ahead at first letters only speeds the search up: the same phrases are found at
    the same places as by the look-behind and alternation alone, in either case mode."""
    alternatives = "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    plain = re.compile(rf"(?<!{WORD_CHARS})(?:{alternatives})(?!{WORD_CHARS})", flags)
    found = [m.span() for m in phrase_pattern(phrases, flags).finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


def test_a_profile_lists_a_number_grouped_by_spaces_once() -> None:
    """French groups thousands with a space: "2 000" is one number in the profile, as it is in the
    framing notes; a day is its month's, the number after it one of its own."""
    text = "À Lyon, près de 2 000 personnes ont défilé. On May 5 300 people fled, 24 of them hurt."
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).numbers == ("près de 2 000", "May 5", "300", "24")


def test_a_profile_lists_numbers_and_dates_as_the_article_writes_them() -> None:
    """A researcher compares the figures each outlet gives: "eight weeks" is a number as framing
    notes read it, "$12 million" is no 12, and a date is one, not a day and a year apart; a
    weekday is no figure (acceptance 22 #11), nor is a road's number (acceptance 23 #10)."""
    text = (
        "The strike has run for eight weeks and cost the port $12 million, officials said on "
        "Monday. About 40,000 workers walked out on March 3, 2024, and 3.5% of ships sailed on "
        "to Route 9 terminals elsewhere."
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).numbers == (
        "eight weeks",
        "$12 million",
        "about 40,000",
        "March 3, 2024",
        "3.5%",
    )


def test_a_profile_leaves_out_the_numbers_of_boilerplate() -> None:
    """A dateline's day and a copyright's year are no numbers of the story."""
    text = "MOSCOW, December 15. /TASS/. Talks with 32 states began.\n(c) 2025 TASS"
    doc = document(text, "a")
    sentences = segment(doc)
    assert framing_profile(doc, sentences, boilerplate_of(doc)).numbers == ("32",)


@pytest.mark.parametrize(
    ("title", "text", "loaded"),
    [
        pytest.param(
            "Detienen a dos periodistas en Zulia",
            'El fiscal dijo que ambos están acusados de "terrorismo" por publicar información.',
            (),
            id="spanish_quoted_charge",
        ),
        pytest.param(
            "Two reporters held in Zulia",
            'The prosecutor said both were charged with "terrorism" for their reporting.',
            (),
            id="english_quoted_charge",
        ),
        pytest.param(
            "Two reporters held in Zulia",
            "The prosecutor said both were charged with terrorism for their reporting.",
            ("terrorism",),
            id="english_charge_in_the_outlets_words",
        ),
        pytest.param(
            'Detienen a dos periodistas por "terrorismo"',
            "El régimen de Maduro detuvo a dos periodistas en Zulia, según el sindicato de la "
            "prensa.",
            ("régimen",),
            id="spanish_headline_quoting_beside_the_outlets_own_word",
        ),
    ],
)
def test_a_profile_leaves_a_loaded_term_in_a_quotation_to_its_speaker(
    title: str, text: str, loaded: tuple[str, ...]
) -> None:
    """A loaded term inside quotation marks, in the text or the headline, is the speaker's word
    and not listed among the outlet's; the same word in the outlet's own words is."""
    doc = replace(document(text, "a"), title=title)
    assert framing_profile(doc, segment(doc)).loaded_terms == loaded


def test_a_pair_still_notes_a_loaded_term_its_quotation_drops() -> None:
    """Between two versions, a loaded term one quotes and the other leaves out is named beside
    the quotation dropped: the pair's reader sees both."""
    notes = framing_notes(
        'El fiscal dijo que ambos están acusados de "terrorismo" por publicar.',
        "El fiscal dijo que ambos están acusados de delitos por publicar.",
    )
    assert [(n.kind.value, n.a) for n in notes] == [
        ("loaded_term_removed", "terrorismo"),
        ("quote_removed", "terrorismo"),
    ]


def test_a_profile_names_the_loaded_terms_and_hedges_of_the_headline() -> None:
    """Framing starts in the headline: its loaded terms and hedges are the article's too."""
    doc = replace(
        document("The dam on the river burst on Monday, flooding two villages.", "a"),
        title="Regime's dam reportedly bursts",
    )
    profile = framing_profile(doc, segment(doc))
    assert (profile.loaded_terms, profile.hedges) == (("regime",), ("reportedly",))


def test_a_profile_names_a_modal_of_possibility_as_a_hedge() -> None:
    """ "Higher rates could push shoppers away" hedges, as a pair's notes say when a copy drops
    the "could": the profile's hedges name it; "the might of the council" names none."""
    text = (
        "Ferris said higher rates could push shoppers to the Route 9 plazas. "
        "The estimate could be lower if drivers shift to the free lots, with all the might of "
        "the council behind it."
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).hedges == ("could",)


def test_an_outlet_naming_itself_cites_no_one() -> None:
    """ "The Daily Herald could not verify ..." in the Daily Herald's own text is no cited
    source; the institute it quotes is."""
    text = "The Daily Herald could not verify the figures, according to the Kiel Institute."
    doc = replace(document(text, "a"), source="Daily Herald")
    assert framing_profile(doc, segment(doc)).cited_sources == ("Kiel Institute",)
    wire = replace(
        document("Rebels told the AP they would fight on.", "w"), source="Associated Press"
    )
    assert framing_profile(wire, segment(wire)).cited_sources == ()


def test_a_station_credited_by_its_call_sign_cites_no_one() -> None:
    """ "told KRVT" in KRVT News 7's own text is the station, not another outlet it credits."""
    text = "Fire Chief Dana Whitfield told KRVT both firefighters were treated for burns."
    doc = replace(document(text, "krvt"), source="KRVT News 7")
    assert framing_profile(doc, segment(doc)).cited_sources == ()
    other = replace(document(text, "courier"), source="The Valley Courier")
    assert framing_profile(other, segment(other)).cited_sources == ("KRVT",)


def test_an_outlet_named_by_its_masthead_word_cites_no_one() -> None:
    """ "told the Chronicle" in The Northern Chronicle's own text is the paper itself; in
    another paper's, and "the New York Times" in The Times's, it is a cited source."""
    text = "The mayor told the Chronicle the bridge would reopen, the Calder Institute said."
    own = replace(document(text, "own"), source="The Northern Chronicle")
    assert framing_profile(own, segment(own)).cited_sources == ("Calder Institute",)
    other = replace(document(text, "other"), source="Valley Courier")
    assert framing_profile(other, segment(other)).cited_sources == (
        "Calder Institute",
        "Chronicle",
    )
    times = replace(document("Fares rose, the New York Times reported.", "t"), source="The Times")
    assert framing_profile(times, segment(times)).cited_sources == ("New York Times",)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            "Fares rose 9%, according to preliminary estimates published today.",
            (),
            id="estimates_published_by_no_one",
        ),
        pytest.param(
            "Fares rose 9%, according to estimates published this week by the Department of "
            "Transport.",
            ("Department of Transport",),
            id="estimates_published_by_a_department",
        ),
        pytest.param(
            "Two riders were hurt, according to figures released to the Gazette by the county "
            "council.",
            ("county council",),
            id="figures_released_by_a_council",
        ),
        pytest.param(
            "Crime fell 4%, according to police figures released on Monday.",
            ("police figures",),
            id="police_figures_released",
        ),
    ],
)
def test_what_was_published_is_cited_by_who_published_it(
    text: str, sources: tuple[str, ...]
) -> None:
    """Estimates or figures said to be published or released name their source after "by";
    without it, they say only what was issued, unless a word before them says whose."""
    assert cited_sources(text) == sources


def test_a_member_of_a_body_speaks_for_themselves() -> None:
    """ "City Council member Marcus Bell said" cites Bell, not the City Council; "the City
    Council voted" names the council still."""
    assert cited_sources("City Council member Marcus Bell said the plant should close.") == ()
    assert cited_sources("The City Council voted to close the plant, Bell said.") == (
        "City Council",
    )


def test_a_complaint_about_a_thing_attributes_nothing() -> None:
    """ "Neighbors had complained about the plant" tells of complaints, not what was said;
    "complained that" reports a statement."""
    text = (
        "Bell said neighbors had complained about the plant for years. "
        "Residents complained that the smoke was unbearable."
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).attribution_verbs == (
        ("complained", 1),
        ("said", 1),
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "A study by the Calder Institute suggests bus fares rose 9% last year.",
            "A study by the Department of Transport suggests bus fares rose 9% last year.",
            [("attribution_source_changed", "Calder Institute", "Department of Transport")],
            id="study_by_another_body",
        ),
        pytest.param(
            "The report was published by the Calder Institute on Monday.",
            "The report was published by the Department of Transport on Monday.",
            [("attribution_source_changed", "Calder Institute", "Department of Transport")],
            id="published_by_another_body",
        ),
        pytest.param(
            "Fares rose 9%, according to estimates published on Monday by the Calder "
            "Institute, a think tank.",
            "Fares rose 9%, according to estimates published this week by the Department of "
            "Transport.",
            [("attribution_source_changed", "Calder Institute", "Department of Transport")],
            id="estimates_published_by_another_body",
        ),
        pytest.param(
            "The Calder Institute study shows bus fares rose 9%.",
            "The Department of Transport study shows bus fares rose 9%.",
            [("attribution_source_changed", "Calder Institute", "Department of Transport")],
            id="the_study_of_another_body",
        ),
        pytest.param(
            "The Calder Institute's survey shows bus fares rose 9%.",
            "The Department of Transport's survey shows bus fares rose 9%.",
            [("attribution_source_changed", "Calder Institute", "Department of Transport")],
            id="another_bodys_survey",
        ),
        pytest.param(
            "A new study by the Calder Institute shows bus fares rose 9%.",
            "A new study shows bus fares rose 9%, according to the Department of Transport.",
            [("attribution_source_changed", "Calder Institute", "Department of Transport")],
            id="a_study_by_one_body_according_to_another",
        ),
        pytest.param(
            "A study by the Calder Institute shows bus fares rose 9%.",
            "A Calder study shows bus fares rose 9%.",
            [],
            id="one_body_named_short",
        ),
        pytest.param(
            "The bus trial, run by Zipline since 2022, ended.",
            "The bus trial, run by Roadway since 2022, ended.",
            [],
            id="run_by_names_no_work",
        ),
    ],
)
def test_whose_work_a_claim_is_counts_as_its_source(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A study, report or estimates credited to another body ("by", a possessive, the body's
    name before the work) is the claim's source changed, as "according to" another body is; a
    body named short, or an operator that runs a thing, is none."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The surgeons estimate that one in ten cyclists admitted had not worn a helmet.",
            "One in ten injured cyclists had not worn a helmet, the surgeons estimated.",
            [],
            id="patients_admitted_against_estimated",
        ),
        pytest.param(
            "Of the patients admitted to the ward, 40 were children, a nurse said.",
            "Of the patients admitted to the ward, 40 were children, a nurse confirmed.",
            [("attribution_verb", "said", "confirmed")],
            id="admitted_to_the_ward_beside_a_verb_of_saying",
        ),
        pytest.param(
            "Cyclists said they had been riding without lights.",
            "Cyclists admitted they had been riding without lights.",
            [("attribution_verb", "said", "admitted")],
            id="cyclists_admitting_what_they_did",
        ),
    ],
)
def test_people_admitted_to_hospital_make_no_admission(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Cyclists admitted had not worn a helmet" and "patients admitted to the ward" are a
    hospital's patients, no verb of saying set against another version's; "cyclists admitted
    they had been riding" still admits something."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The pool will shut in April. The hall needs roof repairs estimated at £1.2 million.",
            "The pool will shut in April.",
            [("number_removed", "£1.2 million", "")],
            id="a_cost_estimated_at_an_amount",
        ),
        pytest.param(
            "The pool will shut in April. Surveyors estimated that the roof repairs would cost "
            "£1.2 million.",
            "The pool will shut in April.",
            [
                ("attribution_removed", "Surveyors estimated", ""),
                ("number_removed", "£1.2 million", ""),
            ],
            id="surveyors_giving_their_estimate",
        ),
    ],
)
def test_an_amount_estimated_at_is_no_attribution(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Repairs estimated at £1.2 million" puts a cost at an amount: a version that leaves the
    sentence out removes the figure, no attribution (acceptance round 34, b13: "attribution
    removed: stated as fact | The centre needs repairs estimated"); surveyors who estimated
    that the repairs would cost it were its source."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_a_profile_counts_no_patients_admitted_as_an_attribution() -> None:
    """A profile's attribution verbs leave out people admitted to hospital, passive or not, and
    keep an admission."""
    text = (
        "About 900 riders were admitted to hospital last year. Riders admitted with head "
        "injuries stayed four days. Between 5% and 8% of patients admitted had been drinking. "
        "The operator admitted that its helmets were too few."
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).attribution_verbs == (("admitted", 1),)


def test_a_profile_lists_quotations_in_single_quotes() -> None:
    """British and Australian outlets quote in single quotes; a plural's possessive and a
    decade's apostrophe quote nothing."""
    doc = document(
        "\u2018We will not back down,\u2019 said Ms Reid of the nurses\u2019 pay offer. "
        "The union last struck in the \u201990s, when it won \u2018a fair deal at last\u2019. "
        "\u2018The drivers\u2019 pay is far too low,\u2019 she said.",
        "a",
    )
    assert framing_profile(doc, segment(doc)).quotes == (
        "We will not back down",
        "a fair deal at last",
        "The drivers' pay is far too low",
    )


def test_a_profile_lists_no_number_of_a_web_address() -> None:
    """A web address in the text ("?id=5&ref=12") holds no number of the story."""
    doc = document("More at https://news.example/story?id=5&ref=12 on the 40 victims.", "a")
    assert framing_profile(doc, segment(doc)).numbers == ("40",)


def test_a_profile_lists_a_time_of_day_as_one_number() -> None:
    """ "07:15" and "7:15 a.m." are times, not an hour and its minutes; a score is shown as
    written too, though read as two counts."""
    doc = document(
        "The bridge fell at 07:15, or 7:15 a.m. local time, injuring 14. "
        "Tarrow beat Lune 23:21 later that day.",
        "a",
    )
    assert framing_profile(doc, segment(doc)).numbers == ("07:15", "7:15 a.m.", "14", "23:21")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("On Monday Reuters reported that talks had stalled.", id="a_weekday"),
        pytest.param("Citing Reuters, the paper said talks had stalled.", id="a_participle"),
        pytest.param("Talks stalled. Meanwhile Reuters reported a new offer.", id="an_opener"),
        pytest.param("Separately Reuters reported that talks had stalled.", id="an_adverb"),
    ],
)
def test_a_wire_after_a_word_that_opens_its_sentence_is_cited(text: str) -> None:
    """A word that opens a sentence before a wire's name makes no longer name with it, as a
    given name does."""
    assert cited_sources(text) == ("Reuters",)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Der Plan ist nicht nur teuer, sondern auch gefährlich.",
            "Der Plan ist teuer und gefährlich.",
            id="german_not_only_but_also",
        ),
        pytest.param(
            "Plan jest nie tylko drogi, ale te\u017c niebezpieczny.",
            "Plan jest drogi i niebezpieczny.",
            id="polish_not_only_but_also",
        ),
        pytest.param(
            "Astronaut Nie Haisheng said the launch went well.",
            "The astronaut said the launch went well.",
            id="a_surname_that_is_a_negation_elsewhere",
        ),
        pytest.param(
            "Nie Haisheng, 58, said the launch went well.",
            "The astronaut, 58, said the launch went well.",
            id="a_surname_that_is_a_negation_elsewhere_opening_a_sentence",
        ),
        pytest.param(
            "Nie, the mission's commander, said the launch went well.",
            "The mission's commander said the launch went well.",
            id="a_surname_that_is_a_negation_elsewhere_before_a_comma",
        ),
        pytest.param(
            "Nie said the launch went well.",
            "Nie Haisheng said the launch went well.",
            id="a_surname_that_is_a_negation_elsewhere_before_said",
        ),
        pytest.param(
            "Commander Nie told reporters the launch went well.",
            "Commander Nie Haisheng told reporters the launch went well.",
            id="a_surname_that_is_a_negation_elsewhere_before_told",
        ),
        pytest.param(
            "Nie said nothing.",
            "Nie Haisheng said nothing.",
            id="a_surname_that_is_a_negation_elsewhere_in_a_short_sentence",
        ),
        pytest.param(
            "Nie landed safely in Inner Mongolia.",
            "Nie Haisheng landed safely in Inner Mongolia.",
            id="a_surname_that_is_a_negation_elsewhere_before_a_past",
        ),
        pytest.param(
            "Nie was born in Hubei in 1964.",
            "Nie Haisheng was born in Hubei in 1964.",
            id="a_surname_that_is_a_negation_elsewhere_before_was",
        ),
        pytest.param(
            "Whitfield said the cause was under investigation and that no employees were on site"
            " when the fire started.",
            "Whitfield said the cause was under investigation.",
            id="a_clause_cut_with_its_negation",
        ),
        pytest.param(
            "Police said two men were arrested, but nobody was charged.",
            "Police said two men were arrested.",
            id="a_clause_cut_with_its_negative_pronoun",
        ),
        pytest.param(
            "Teenagers who use phones in bed sleep 47 minutes less than those who do not, the"
            " study found.",
            "Teenagers who use phones in bed sleep 47 minutes less, the study found.",
            id="an_elided_comparison_cut",
        ),
        pytest.param(
            "Patients who took the drug recovered faster than those who didn't.",
            "Patients who took the drug recovered faster.",
            id="an_elided_comparison_with_n't_cut",
        ),
        pytest.param(
            '"Use a filter, because the water might not be, and I will not do that to you,"'
            " Okafor said.",
            "Residents should use a filter, Okafor said.",
            id="clauses_of_a_short_verb_cut",
        ),
        pytest.param(
            "“No, I won't guess at the cost before the survey,” said Mayor Ines Brackley.",
            '"I won\'t guess at the cost before the survey," she said.',
            id="an_answer_no_dropped",
        ),
        pytest.param(
            '"No. We are not selling the depot," said Ms Orley.',
            '"We are not selling the depot," said Ms Orley.',
            id="an_answer_no_dropped_before_a_kept_negation",
        ),
        pytest.param(
            '"Tenants should have been told in March, and I regret that they were not," she said.',
            "She said tenants should have been told in March and apologised.",
            id="an_elliptical_negation_ending_its_sentence_cut",
        ),
        pytest.param(
            'Ms Orley said: "Saving the depot was beyond us. We weighed three bids and none of them'
            ' saved it."',
            'Ms Orley said: "Saving the depot was beyond us." She said three bids were weighed.',
            id="a_negated_clause_cut_whose_verb_the_kept_words_write",
        ),
    ],
)
def test_a_negation_that_denies_nothing_is_none(a: str, b: str) -> None:
    """German "nicht nur ... sondern auch" adds as "not only ... but also" does, and "Nie" before
    a given name or a comma, not a lower-case word, or before an English verb, in a sentence however
    short, is a surname, not Polish "not"; a negation cut with the rest of its clause reverses
    nothing the other version says, its verb of two letters too ("will not do that to you"), nor
    does one that only ends an elided comparison ("than those who do not"), an answer's "No,"
    opening a quotation, a clause-ending "that they were not" against "apologised", or "none of
    them saved it" cut where only "Saving the depot", kept by both, writes its verb."""
    assert "negation_removed" not in {note.kind.value for note in framing_notes(a, b)}


@pytest.mark.parametrize(
    ("a", "b", "hedge"),
    [
        pytest.param(
            '"I am not going to stand here and tell you the water is perfectly safe," Okafor said.',
            "The water in Eastgate is not safe to drink, Okafor said.",
            "not going to stand here and tell",
            id="not_going_to_tell_you",
        ),
        pytest.param(
            '"We can\'t promise the line will reopen by May," the operator said.',
            '"The line will not reopen by May," the operator said.',
            "can't promise",
            id="cannot_promise",
        ),
        pytest.param(
            '"We are not saying the plant is to blame," the regulator said.',
            '"The plant is to blame," the regulator said.',
            "not saying",
            id="not_saying",
        ),
        pytest.param(
            "The water in Eastgate might not be safe to drink, the mayor said.",
            "The water in Eastgate is not safe to drink, the mayor said.",
            "might",
            id="might_not_be_told_as_is_not",
        ),
    ],
)
def test_a_refusal_to_vouch_or_a_possible_denial_told_as_fact_drops_a_hedge(
    a: str, b: str, hedge: str
) -> None:
    """A speaker's refusal to vouch for a claim ("I am not going to ... tell you") and "might not
    be" the other version states as fact are hedges dropped, their "not" no negation."""
    notes = [(note.kind.value, note.a) for note in framing_notes(a, b)]
    assert ("hedge_removed", hedge) in notes
    assert not {"negation_added", "negation_removed"} & {kind for kind, _ in notes}


@pytest.mark.parametrize(
    ("a", "b", "negation"),
    [
        pytest.param(
            "Okafor said she did not tell residents the water was safe.",
            "Okafor said she told residents the water was safe.",
            "not",
            id="did_not_tell",
        ),
        pytest.param(
            '"I never said the water was safe," Okafor said.',
            '"I said the water was safe," Okafor said.',
            "never",
            id="never_said",
        ),
        pytest.param(
            "The water in Eastgate might not be safe to drink, the mayor said.",
            "The water in Eastgate is safe to drink, the mayor said.",
            "not",
            id="might_not_be_against_is",
        ),
        pytest.param(
            "The driver will not be charged, police said.",
            "The driver will be charged, police said.",
            "not",
            id="not_be_charged",
        ),
        pytest.param(
            "The vote could not go ahead on Monday.",
            "The vote could go ahead on Monday.",
            "not",
            id="could_not_go",
        ),
        pytest.param(
            "The library will not reopen, the trust said.",
            "The library will reopen, the trust said.",
            "not",
            id="will_not_reopen",
        ),
        pytest.param(
            "The trust had no plan for pupils during the works.",
            "The trust had a plan for pupils during the works.",
            "no",
            id="no_plan_against_a_plan",
        ),
    ],
)
def test_a_denial_of_what_was_said_or_done_stays_a_negation(a: str, b: str, negation: str) -> None:
    """A denial that something was said ("did not tell", "never said") is no refusal to vouch,
    a negation of a verb of two letters the other version writes is still noted, and so is a
    negated act the other writes ("will not reopen", "had no plan"), which no "until" or place
    named alone turns into something else."""
    assert ("negation_removed", negation) in [
        (note.kind.value, note.a) for note in framing_notes(a, b)
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The library is expected to reopen in May 2028.",
            "Readers were told to use the Eastfield branch, and the trust does not expect the"
            " library to reopen until May 2028.",
            id="not_expected_until_a_date",
        ),
        pytest.param(
            "The bridge is due to reopen in the autumn.",
            "The bridge won't reopen till the autumn, engineers said.",
            id="wont_reopen_till",
        ),
        pytest.param(
            "Ruth Amos, who runs the Harbour Rowers, said many older members could not easily"
            " get to Kelby.",
            "The Harbour Rowers said they were pleased, but Ruth Amos warned: \u201cKelby is"
            " already full on weekends.\u201d",
            id="a_place_of_the_denied_act_named_saying_something_else",
        ),
        pytest.param(
            "Councillor Ada Frost said the trust had no proper plan for pupils during the works.",
            "Councillor Ada Frost said the trust should have done more to help pupils through"
            " the works.",
            id="no_plan_against_should_have_done_more",
        ),
    ],
)
def test_a_negation_that_denies_nothing_the_other_writes_is_no_reversal(a: str, b: str) -> None:
    """A "not ... until" names a time, not a denial, and a negated act the other version does
    not write (only a place or group it names) says something else: neither is a reversal."""
    kinds = {note.kind.value for note in framing_notes(a, b)}
    assert not {"negation_added", "negation_removed"} & kinds


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("However AFP reported the opposite.", id="however"),
        pytest.param("Overnight Reuters reported the deal was off.", id="overnight"),
    ],
)
def test_a_wire_after_an_adverb_opening_its_sentence_is_cited(text: str) -> None:
    """An adverb that opens a sentence before a wire's name is no given name of a longer name
    (the lexicon's sentence_openers), where "Michael Bloomberg said" names the man, not the wire."""
    assert len(cited_sources(text)) == 1
    assert cited_sources("Michael Bloomberg said he would run.") == ()


@pytest.mark.parametrize(
    ("a", "b", "changed"),
    [
        pytest.param(
            "Anyone with information should call 212-555-0199.",
            "Anyone with information should call 212-555-0100.",
            ("212-555-0199", "212-555-0100"),
            id="north_american",
        ),
        pytest.param(
            "Witnesses were asked to call 020 7946 0958 on Monday.",
            "Witnesses were asked to call 020 7946 0959 on Monday.",
            ("020 7946 0958", "020 7946 0959"),
            id="british",
        ),
        pytest.param(
            "Les t\u00e9moins peuvent appeler le 06 12 34 56 78 jusqu'\u00e0 lundi.",
            "Les t\u00e9moins peuvent appeler le 06 12 34 56 79 jusqu'\u00e0 lundi.",
            ("06 12 34 56 78", "06 12 34 56 79"),
            id="french",
        ),
        pytest.param(
            "Hinweise nimmt die Polizei unter 030 46644664 entgegen.",
            "Hinweise nimmt die Polizei unter 030 46644665 entgegen.",
            ("030 46644664", "030 46644665"),
            id="german_in_two_groups",
        ),
        pytest.param(
            "Call the helpline at 1-800-273-8255 for support.",
            "Call the helpline at 1-800-273-8256 for support.",
            ("1-800-273-8255", "1-800-273-8256"),
            id="north_american_toll_free",
        ),
        pytest.param(
            "Call Crimestoppers anonymously on 0800 555111 with information.",
            "Call Crimestoppers anonymously on 0800 555112 with information.",
            ("0800 555111", "0800 555112"),
            id="british_freephone_in_two_groups",
        ),
        pytest.param(
            "Llame al 91 123 45 67 para m\u00e1s informaci\u00f3n.",
            "Llame al 912 234 567 para m\u00e1s informaci\u00f3n.",
            ("91 123 45 67", "912 234 567"),
            id="spanish_area_code_changed",
        ),
        pytest.param(
            "Anyone with information should call 212-555-0199 or email the police.",
            "Anyone with information should call 212-555-0100 or email the police.",
            ("212-555-0199", "212-555-0100"),
            id="north_american_digit",
        ),
        pytest.param(
            "The embassy's emergency line is +44 20 7946 0958, officials said.",
            "The embassy's emergency line is +33 20 7946 0958, officials said.",
            ("+44 20 7946 0958", "+33 20 7946 0958"),
            id="country_code",
        ),
        pytest.param(
            "Stranded travellers were told to ring +1 212 555 0199 for help.",
            "Stranded travellers were told to ring +44 212 555 0199 for help.",
            ("+1 212 555 0199", "+44 212 555 0199"),
            id="north_american_code_or_another",
        ),
        pytest.param(
            "Les t\u00e9moins peuvent appeler le 0612345678 jusqu'\u00e0 lundi.",
            "Les t\u00e9moins peuvent appeler le 612345678 jusqu'\u00e0 lundi.",
            ("0612345678", "612345678"),
            id="leading_zero",
        ),
    ],
)
def test_a_telephone_number_changed_is_noted(a: str, b: str, changed: tuple[str, str]) -> None:
    """A hotline's number with a digit changed is another number, as a desk must see, though
    the same number grouped otherwise is none; it is noted as each version writes it, not as
    the digits it dials, and another country's code, or a leading "0" dropped, is another
    number."""
    assert [(note.kind.value, note.a, note.b) for note in framing_notes(a, b)] == [
        ("number_changed", *changed)
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The regional budget is 911 234 567 euros this year.",
            "The regional budget is 911 234 576 euros this year.",
            [("number_changed", "911 234 567", "911 234 576")],
            id="nine_digits_in_threes_counting",
        ),
        pytest.param(
            "The club sold 91 123 season tickets before the derby.",
            "The club sold 91 132 season tickets before the derby.",
            [("number_changed", "91 123", "91 132")],
            id="thousands_grouped_by_a_space",
        ),
        pytest.param(
            "The inquest heard that on 07-12-2024 15 people were inside the club.",
            "The inquest heard that on 07-12-2024 16 people were inside the club.",
            [("number_changed", "15", "16")],
            id="a_count_after_a_date_with_hyphens",
        ),
        pytest.param(
            "The inquest heard that on 07-12-2024 15 people were inside the club.",
            "The inquest heard that on 7 December 2024 15 people were inside the club.",
            [],
            id="a_date_with_hyphens_before_a_count",
        ),
    ],
)
def test_numbers_laid_out_like_a_telephone_number_still_count(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Nine digits in threes are a count where no word for a telephone comes before them, a
    number of thousands grouped by a space is one, and a date in digits before a count is that
    date and that count: none is read as a telephone number."""
    assert [(note.kind.value, note.a, note.b) for note in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The demolition went according to plan, the contractor's site manager said.",
            "The demolition went according to plan.",
            [("attribution_removed", "the contractor's site manager said", "")],
            id="according_to_plan_cites_no_one",
        ),
        pytest.param(
            "The court ruled according to the law that the strike was legal.",
            "The court ruled that the strike was legal.",
            [],
            id="according_to_the_law",
        ),
        pytest.param(
            "La obra terminó según lo previsto, el viernes.",
            "La obra terminó el viernes.",
            [],
            id="segun_lo_previsto",
        ),
        pytest.param(
            "The plant will close next year, according to officials.",
            "The plant will close next year.",
            [("attribution_removed", "according to officials", "")],
            id="according_to_officials_still_cites",
        ),
    ],
)
def test_a_deed_done_according_to_a_plan_or_law_cites_no_one(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "According to plan", "according to the law" and "según lo previsto" tell how something
    was done, not who says so: dropping them drops no attribution."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "dropped"),
    [
        pytest.param(
            "Two bridges in the regional capital were closed, regional officials said.",
            "Two bridges in the regional capital were closed.",
            "regional officials said",
            id="regional_officials",
        ),
        pytest.param(
            "The local clinic treated 40 people for smoke, local officials said.",
            "The local clinic treated 40 people for smoke.",
            "local officials said",
            id="local_officials",
        ),
        pytest.param(
            "Western sanctions have halved the port's grain exports, Western diplomats said.",
            "Western sanctions have halved the port's grain exports.",
            "Western diplomats said",
            id="western_diplomats",
        ),
        pytest.param(
            "Two bridges in the regional capital were closed, according to the regional "
            "governor, Pavel Ostrov.",
            "Two bridges in the regional capital were closed.",
            "according to the regional governor",
            id="the_regional_governor",
        ),
    ],
)
def test_a_word_saying_which_source_speaks_names_no_speaker(a: str, b: str, dropped: str) -> None:
    """A word before a source that only says which of a kind speaks ("regional officials",
    "Western diplomats") names no speaker where the other version writes it of something else
    ("the regional capital", "Western sanctions"): dropping the attribution states the claim as
    fact."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == [
        ("attribution_removed", dropped, "")
    ]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param("Der Mann wurde laut dpa am Bahnhof festgenommen.", {"dpa"}, id="laut_dpa"),
        pytest.param(
            "Der Mann wurde laut Polizei Samstagabend festgenommen.",
            {"polizei"},
            id="laut_polizei_samstagabend",
        ),
        pytest.param(
            "Laut Feuerwehr Sonntag wurde niemand verletzt.", {"feuerwehr"}, id="laut_then_a_day"
        ),
    ],
)
def test_a_german_cue_cites_a_wire_in_lower_case_and_not_the_day(
    text: str, cited: set[str]
) -> None:
    """After "laut", a wire that writes its name in lower case ("dpa") is whom the claim is
    attributed to, and a weekday, with or without the part of the day German glues to it
    ("Samstagabend"), says when: it is no part of the source."""
    assert speakers(text) == cited


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param(
            "Der Mann wurde laut Feuerwehr Sonntag aus dem Rhein gerettet.",
            ("Feuerwehr",),
            id="laut_feuerwehr_sonntag",
        ),
        pytest.param(
            "Laut Polizei Montag wurde niemand verletzt.",
            ("Polizei",),
            id="opening_laut_then_montag",
        ),
        pytest.param(
            "Laut Montag veröffentlichter Zahlen stieg die Zahl der Arbeitslosen.",
            (),
            id="laut_then_a_day_alone",
        ),
    ],
)
def test_a_german_day_after_a_cue_is_no_part_of_the_cited_source(
    text: str, cited: tuple[str, ...]
) -> None:
    """A German weekday after "laut", capitalised as every German noun, says when: the cited
    source is the name before it, and none where the day stands alone."""
    assert cited_sources(text) == cited


def test_dropping_a_german_cue_before_a_day_drops_the_attribution() -> None:
    """ "Laut Polizei Samstagabend" cites the police: the other version's "Samstagabend" names
    no speaker, and the report cites the police alone."""
    a = "Der Mann wurde laut Polizei Samstagabend am Bahnhof festgenommen."
    b = "Der Mann wurde Samstagabend am Bahnhof festgenommen."
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == [
        ("attribution_removed", "laut Polizei", "")
    ]
    assert cited_sources(a) == ("Polizei",)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Le maire aurait quitté la réunion, même si la mairie dément.",
            "Le maire a quitté la réunion, même si la mairie dément.",
            id="meme_si",
        ),
        pytest.param(
            "Même s'il reste discret, le maire aurait quitté la réunion.",
            "Même s'il reste discret, le maire a quitté la réunion.",
            id="meme_s_il",
        ),
        pytest.param(
            "Le suspect aurait fui comme si la police le suivait.",
            "Le suspect a fui comme si la police le suivait.",
            id="comme_si",
        ),
    ],
)
def test_french_even_though_and_as_if_keep_the_hearsay_conditional(a: str, b: str) -> None:
    """ "Même si" (even though) and "comme si" (as if) set no condition on the sentence's
    conditional, as "si" (if) does: "aurait quitté" still tells hearsay, and "a quitté" drops
    the hedge."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == [
        ("hedge_removed", "aurait", "")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The council backed the budget, according to which bus fares will rise in May.",
            "The council backed the budget, under which tickets will cost more in May.",
            id="according_to_which",
        ),
        pytest.param(
            "Le conseil a voté le budget, selon lequel les tarifs de bus augmenteront en mai.",
            "Le conseil a voté le budget, qui prévoit des tickets plus chers en mai.",
            id="selon_lequel",
        ),
    ],
)
def test_an_attributing_phrase_before_a_relative_pronoun_cites_no_one(a: str, b: str) -> None:
    """ "According to which" points back to what the sentence named ("the budget"), and names
    no source: dropping it drops no attribution, where "bus fares" were read as the speaker."""
    assert framing_notes(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The driver could not be reached for comment on Monday.",
            "The driver was unavailable for comment on Monday.",
            id="could_not_be_reached_unavailable",
        ),
        pytest.param(
            "The firm no longer runs night services to the airport.",
            "The firm has stopped running night services to the airport.",
            id="no_longer_runs_stopped_running",
        ),
        pytest.param(
            "Election officials said the fraud claims were false.",
            "Election officials said the fraud claims were not true.",
            id="false_not_true",
        ),
        pytest.param(
            "It was not immediately clear who fired the first shot.",
            "It was unclear who fired the first shot.",
            id="not_immediately_clear_unclear",
        ),
        pytest.param(
            "It was not immediately possible to verify the footage.",
            "It was impossible to verify the footage.",
            id="not_immediately_possible_impossible",
        ),
    ],
)
def test_a_negation_said_in_other_words_in_its_place_is_no_negation_changed(a: str, b: str) -> None:
    """A negative word standing where the other version writes a negation ("unavailable" for
    "could not be reached", "false" for "not true") denies as often: no note either way."""
    assert framing_notes(a, b) == ()
    assert framing_notes(b, a) == ()


@pytest.mark.parametrize(
    ("a", "b", "notes"),
    [
        pytest.param(
            "Police did not stop the car at the checkpoint.",
            "Police stopped the car at the checkpoint.",
            [("negation_removed", "not", "")],
            id="did_not_stop_stopped",
        ),
        pytest.param(
            "The vote was not unanimous but valid, the court said.",
            "The vote was unanimous but invalid, the court said.",
            [("negation_added", "", "invalid"), ("negation_removed", "not", "")],
            id="negation_moved_elsewhere",
        ),
        pytest.param(
            "The driver could not be reached for comment.",
            "The driver could be reached for comment.",
            [("negation_removed", "not", "")],
            id="negation_dropped",
        ),
        pytest.param(
            "Pupils who read at night sleep less than those who do not use phones.",
            "Pupils who read at night sleep less than those who use phones.",
            [("negation_removed", "not", "")],
            id="a_negation_inside_a_comparison_that_goes_on",
        ),
    ],
)
def test_a_negative_word_elsewhere_or_of_the_negated_root_keeps_the_negation_note(
    a: str, b: str, notes: list[tuple[str, str, str]]
) -> None:
    """A negative word stands for a negation only in its place and of another root: "stopped"
    for "did not stop" and "invalid" beside a dropped "not unanimous" still change the claim."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == notes


@pytest.mark.parametrize(
    ("a", "b", "notes"),
    [
        pytest.param(
            "United beat Leeds 2-0 to move third in the table.",
            "United beat Leeds 2-0 and moved up to third in the table.",
            [],
            id="moved_up_to_third",
        ),
        pytest.param(
            "Moving to third place, United beat Leeds 2-0 on Saturday.",
            "Moving up to third place, United beat Leeds 2-0 on Saturday.",
            [],
            id="moving_up_to_third_place",
        ),
        pytest.param(
            "Annual inflation rose to 40% in March, the bank said.",
            "Annual inflation rose up to 40% in March, the bank said.",
            [],
            id="rose_up_to_a_level",
        ),
        pytest.param(
            "Rents rose by 40% in March, the agency said.",
            "Rents rose by up to 40% in March, the agency said.",
            [("estimate_changed", "", "up to")],
            id="rose_by_up_to",
        ),
        pytest.param(
            "The driver faces 10 years in prison, prosecutors said.",
            "The driver faces up to 10 years in prison, prosecutors said.",
            [("estimate_changed", "", "up to")],
            id="faces_up_to",
        ),
        pytest.param(
            "Fines of $10,000 apply to repeat offenders, officials said.",
            "Fines can go up to $10,000 for repeat offenders, officials said.",
            [("estimate_changed", "", "up to")],
            id="can_go_up_to_a_limit",
        ),
    ],
)
def test_up_to_after_a_verb_of_motion_says_where_not_how_exact(
    a: str, b: str, notes: list[tuple[str, str, str]]
) -> None:
    """ "Moved up to third" says where a team went, no upper bound of a number; after "by",
    another verb or a modal ("can go up to"), "up to" still bounds its number."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == notes


@pytest.mark.parametrize(
    ("a", "b", "notes"),
    [
        pytest.param(
            "At least 31 people were hurt, including 6 firefighters, the fire service said.",
            "At least thirty-one people were hurt, including 6 firefighters, the fire service"
            " said on Sunday.",
            [("number_added", "", "Sunday")],
            id="the_same_qualifier_beside_a_day_added",
        ),
        pytest.param(
            "About 1,200 people marched, organisers said.",
            "About twelve hundred people marched on Friday, organisers said.",
            [("number_added", "", "Friday")],
            id="a_count_in_words_beside_a_day_added",
        ),
        pytest.param(
            "The fire burned 300 acres, officials said.",
            "The fire burned 300 acres and forced more than 1.2 million people to flee,"
            " officials said.",
            [("number_added", "", "1.2 million")],
            id="a_qualified_number_added",
        ),
    ],
)
def test_a_qualifier_of_a_number_written_otherwise_is_kept_beside_a_number_added(
    a: str, b: str, notes: list[tuple[str, str, str]]
) -> None:
    """A number both versions qualify alike, written in figures by one and in words by the
    other, keeps its qualifier though one version adds a day: "at least" is not dropped. A
    number one version adds brings its qualifier with it, no estimate changed."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == notes


@pytest.mark.parametrize(
    ("a", "b", "notes"),
    [
        pytest.param(
            "The group claimed responsibility for the attack on Sunday.",
            "The group said on Sunday that it had carried out the attack.",
            [],
            id="claimed_responsibility",
        ),
        pytest.param(
            "Smith claimed victory in the mayoral election on Tuesday.",
            "Smith said he had won the mayoral election on Tuesday.",
            [],
            id="claimed_victory",
        ),
        pytest.param(
            "Hamilton claimed the title in Abu Dhabi on Sunday.",
            "Hamilton said he had won the title in Abu Dhabi on Sunday.",
            [],
            id="claimed_the_title",
        ),
        pytest.param(
            "The minister claimed the attack was staged.",
            "The minister said the attack was staged.",
            [("attribution_verb", "claimed", "said")],
            id="claimed_a_clause",
        ),
    ],
)
def test_claimed_before_its_fixed_objects_is_no_verb_of_saying(
    a: str, b: str, notes: list[tuple[str, str, str]]
) -> None:
    """ "Claimed responsibility", "claimed victory" and "claimed the title" are phrases of their
    own that report no statement; "claimed" before a clause still does."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == notes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            '"We cannot afford a new ring road this year," Mayor Ines Harlow said.',
            '"We cannot afford a new ring road this year," opposition leader Piet Vos said.',
            ("Mayor Ines Harlow", "opposition leader Piet Vos"),
            id="quotation_given_to_another_named_speaker",
        ),
        pytest.param(
            "Mayor Ines Harlow said the town could not afford a new ring road this year.",
            "Opposition leader Piet Vos said the town could not afford a new ring road this year.",
            ("Mayor Ines Harlow", "Opposition leader Piet Vos"),
            id="reported_claim_given_to_another_named_speaker",
        ),
        pytest.param(
            '"Staff learnt of the closure from the radio," Okafor said.',
            '"Staff learnt of the closure from the radio," Lindqvist said.',
            ("Okafor", "Lindqvist"),
            id="one_surname_for_another",
        ),
        pytest.param(
            "The warehouse fire was started on purpose, police said.",
            "The warehouse fire was started on purpose, witnesses said.",
            ("police", "witnesses"),
            id="police_to_witnesses",
        ),
        pytest.param(
            "The warehouse fire was started on purpose, according to police.",
            "The warehouse fire was started on purpose, according to the owner.",
            ("police", "owner"),
            id="according_to_another_source",
        ),
        pytest.param(
            '"The warehouse fire was started on purpose," a police spokesman said.',
            '"The warehouse fire was started on purpose," a neighbour said.',
            ("police spokesman", "neighbour"),
            id="spokesman_to_neighbour",
        ),
        pytest.param(
            '"We gave away a cheap corner and we paid for it," Kovač said.',
            '"We gave away a cheap corner and we paid for it," Kovacs said.',
            ("Kovač", "Kovacs"),
            id="accented_name_against_another_surname",
        ),
        pytest.param(
            '"It is a big win for us," Muller said after the match.',
            '"It is a big win for us," Miller said after the match.',
            ("Muller", "Miller"),
            id="one_vowel_another_name",
        ),
        pytest.param(
            '"We are not going to wait for another test result," Okafor said at City Hall.',
            '"We are not going to wait for another test result," Council member Ray Villanueva '
            "said at City Hall.",
            ("Okafor", "Council member Ray Villanueva"),
            id="council_member_titled_by_the_body",
        ),
        pytest.param(
            "All lead pipes will be replaced by 2028, Mayor Denise Okafor said.",
            "All lead pipes will be replaced by 2028, Planning Commission member Ray Villanueva "
            "said.",
            ("Mayor Denise Okafor", "Planning Commission member Ray Villanueva"),
            id="commission_member_reported",
        ),
        pytest.param(
            '"We will not bargain while the depots are shut," Health Minister Oona Ferrante '
            "told parliament.",
            '"We will not bargain while the depots are shut," Finance Minister Pavel Rusk '
            "told parliament.",
            ("Health Minister Oona Ferrante", "Finance Minister Pavel Rusk"),
            id="one_minister_for_another",
        ),
        pytest.param(
            '"The ferries will sail on every day of the dispute," said Nia Brennan.',
            '"The ferries will sail on every day of the dispute," said Colm Reidy, branch '
            "secretary of the Harbour and Island Ferry Workers' Union.",
            ("Nia Brennan", "Colm Reidy"),
            id="role_naming_an_organisation_after_the_name",
        ),
        pytest.param(
            'Deputy Mayor Alys Penhallow, cabinet member for housing, said: "The Wharf Street '
            'flats will be ready by the autumn."',
            'Council leader Tomas Greer said: "The Wharf Street flats will be ready by the '
            'autumn."',
            ("Deputy Mayor Alys Penhallow", "Council leader Tomas Greer"),
            id="speaker_before_the_quotation_with_a_colon",
        ),
        pytest.param(
            '"The Wharf Street flats will be ready by the autumn," said Deputy Leader Alys '
            "Penhallow.",
            '"The Wharf Street flats will be ready by the autumn," said council leader Tomas '
            "Greer.",
            ("Deputy Leader Alys Penhallow", "council leader Tomas Greer"),
            id="both_speakers_titled",
        ),
        pytest.param(
            'Deputy Leader Councillor Alys Penhallow said: "Shutting the Quarry Lane pool was '
            'the hardest choice this council has made."',
            '"Shutting the Quarry Lane pool was the hardest choice this council has made," said '
            "deputy council leader Tomas Greer.",
            (
                "Deputy Leader Councillor Alys Penhallow",
                "deputy council leader Tomas Greer",
            ),
            id="long_titled_names_shown_whole_not_the_body_quoted",
        ),
    ],
)
def test_the_same_statement_given_to_another_speaker_is_noted(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """A quotation or claim the other version gives to another named speaker, or to another
    noun of who speaks, is noted with both speakers as written, read either way."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("speaker_changed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("speaker_changed", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            '"We saw flames coming from the roof of the warehouse," claimed Ines Reyes.',
            'As Continental News Agency reported, "We saw flames coming from the roof of the '
            'warehouse," said Elena Kowalski.',
            id="agency_credited_and_verb_changed",
        ),
        pytest.param(
            '"We saw flames coming from the roof of the warehouse," said Ines Reyes.',
            'As the Harwick Valley Gazette reported, "We saw flames coming from the roof of the '
            'warehouse," said Elena Kowalski.',
            id="gazette_credited",
        ),
    ],
)
def test_a_speaker_changed_beside_an_outlet_credited_for_the_report_is_noted(
    a: str, b: str
) -> None:
    """A quotation given to another named speaker is a speaker changed though the other version
    also credits an outlet with the report, read either way."""
    assert ("speaker_changed", "Ines Reyes", "Elena Kowalski") in [
        (n.kind, n.a, n.b) for n in framing_notes(a, b)
    ]
    assert ("speaker_changed", "Elena Kowalski", "Ines Reyes") in [
        (n.kind, n.a, n.b) for n in framing_notes(b, a)
    ]


def test_a_note_joining_two_places_gives_the_span_of_each() -> None:
    """A note naming a verb of each of two attributions ("reported, said") gives a span for
    each, into its document's text, as a match's spans are."""
    lead = "Fire crews worked through the night in Dunmore. "
    a_text = '"We saw flames coming from the roof," claimed Ines Reyes.'
    b_text = 'As Continental News Agency reported, "We saw flames coming from the roof," said Elena Kowalski.'
    a_doc, b_doc = lead + a_text, lead + lead + b_text
    a = Span((1,), len(lead), len(a_doc), a_text)
    b = Span((2,), 2 * len(lead), len(b_doc), b_text)
    notes = {n.kind: n for n in placed(framing_notes(a_text, b_text), a, b)}
    verb = notes[FramingKind.ATTRIBUTION_VERB]
    assert (verb.a, verb.b) == ("claimed", "reported, said")
    assert [a_doc[start:end] for start, end in verb.a_spans] == ["claimed"]
    assert [b_doc[start:end] for start, end in verb.b_spans] == ["reported", "said"]
    speaker = notes[FramingKind.SPEAKER_CHANGED]
    assert [a_doc[start:end] for start, end in speaker.a_spans] == ["Ines Reyes"]
    assert [b_doc[start:end] for start, end in speaker.b_spans] == ["Elena Kowalski"]


@pytest.mark.parametrize(
    "joined",
    [
        pytest.param("said, ", id="empty_last_part"),
        pytest.param(", said", id="empty_first_part"),
        pytest.param("told, , said", id="empty_middle_part"),
    ],
)
def test_a_joined_note_with_an_empty_part_places_the_words_it_has(joined: str) -> None:
    """A note joining places' words with an empty part among them places the words it does
    name, where before placing it raised an IndexError and ended the whole run."""
    text = "The mayor said the bridge would reopen on Friday."
    span = Span((0,), 0, len(text), text)
    note = FramingNote(FramingKind.ATTRIBUTION_VERB, joined, joined)
    (found,) = placed((note,), span, span)
    assert [text[start:end] for start, end in found.a_spans] == ["said"]


def as_compared(words: str) -> str:
    """Words as a note and a text are held to be the same: case-folded, in plain typography,
    marks between words aside."""
    return " ".join(re.findall(r"\w+", normalise(words).casefold()))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The mayor said the bridge would reopen in May.",
            "The mayor reportedly said the bridge would likely reopen in May.",
            id="hedges_added",
        ),
        pytest.param(
            "At least 12 people were killed in the blast, police said.",
            "Nearly 20 people were killed in the blast, police said.",
            id="number_and_estimate_changed",
        ),
        pytest.param(
            '"We regret the injuries, but our officers acted within the law," the chief said.',
            '"Our officers acted within the law," the chief said.',
            id="quotation_cut_short",
        ),
        pytest.param(
            "Kyiv government officials said the talks had stalled.",
            "Kyiv regime officials said the talks had stalled.",
            id="loaded_term",
        ),
        pytest.param(
            "Protesters were detained after the march.",
            "Police detained 124 protesters after the march.",
            id="agent_added_and_number_added",
        ),
        pytest.param(
            "The minister\u2019s office said the plan \u201cwould not raise taxes.\u201d",
            'The minister\'s office claimed the plan "would not raise taxes."',
            id="curly_quotes_against_straight",
        ),
        pytest.param(
            "The company said revenue rose to €1.2 billion in 2023.",
            "The company said revenue rose to $1.3 billion in 2023.",
            id="currency_and_number_changed",
        ),
        pytest.param(
            "The judge convicted Tom Harris of fraud on Tuesday.",
            "The judge acquitted Tom Harris of fraud on Tuesday.",
            id="verdict_reversed",
        ),
    ],
)
def test_each_span_of_a_note_slices_its_words_from_the_text(a: str, b: str) -> None:
    """Every span a note gives slices one of the words it names on its side from its document's
    text, read either way, and each side that names words gives a span."""
    lead = "Reporting by our staff in Harwick. "
    for ours, theirs in ((a, b), (b, a)):
        a_doc, b_doc = lead + ours, lead + theirs
        notes = placed(
            framing_notes(ours, theirs),
            Span((1,), len(lead), len(a_doc), ours),
            Span((1,), len(lead), len(b_doc), theirs),
        )
        assert notes
        for note in notes:
            for named, spans, text in (
                (note.a, note.a_spans, a_doc),
                (note.b, note.b_spans, b_doc),
            ):
                words = {as_compared(part) for part in re.split(r" / |, ", named)}
                assert bool(spans) == bool(named), note
                assert all(as_compared(text[start:end]) in words for start, end in spans), note


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            '"We cannot afford a new ring road," Mayor Ines Harlow said.',
            '"We cannot afford a new ring road," Harlow said.',
            id="surname_for_the_full_name",
        ),
        pytest.param(
            '"We cannot afford a new ring road," Mayor Ines Harlow said.',
            '"We cannot afford a new ring road," she said.',
            id="pronoun_for_the_name",
        ),
        pytest.param(
            '"We will send more ships," Defence Minister Aldo Brandt said.',
            '"We will send more ships," the minister said.',
            id="the_title_for_the_named_minister",
        ),
        pytest.param(
            '"Prices will keep falling," Brandt said.',
            '"Prices will keep falling," the Hanseatic Democrat said.',
            id="a_description_with_the_for_a_name",
        ),
        pytest.param(
            "The ECB said interest rates would stay on hold until June.",
            "Frankfurt said interest rates would stay on hold until June.",
            id="a_body_in_capitals_and_by_its_city",
        ),
        pytest.param(
            "The regulator said its staff would draft new rules.",
            "The Maritime Safety Board said its staff would draft new rules.",
            id="a_body_by_its_name_and_by_a_noun",
        ),
        pytest.param(
            '"Prices will keep falling," said Brandt.',
            '"Prices will keep falling," said Harbour Board chair Aldo Brandt.',
            id="the_surname_written_after_the_speakers_first_words",
        ),
        pytest.param(
            '"Prices will keep falling," said Oddvarsson.',
            '"Prices will keep falling," said Erik Odvarsson.',
            id="a_name_spelt_otherwise",
        ),
        pytest.param(
            "There are no plans to close the port, harbour officials said.",
            "There are no plans to close the port, police said.",
            id="vague_officials_for_police",
        ),
        pytest.param(
            "Hannah Lutz, head of the port authority, said the strike would end soon.",
            "Hannah Lutz, head of the port authority, said dockers would return soon.",
            id="claim_reworded_by_the_same_speaker",
        ),
        pytest.param(
            '"We cannot afford a new ring road," Harlow told Vos.',
            '"We cannot afford a new ring road," Vos told Harlow.',
            id="roles_swapped_instead",
        ),
        pytest.param(
            '"We gave away a cheap corner and we paid for it," Kovač said.',
            '"We gave away a cheap corner and we paid for it," Kovac said.',
            id="accent_dropped",
        ),
        pytest.param(
            '"It is a big win for us," Müller said after the match.',
            '"It is a big win for us," Mueller said after the match.',
            id="umlaut_spelt_out",
        ),
        pytest.param(
            '"I am proud of the team," Ødegård told reporters.',
            '"I am proud of the team," Odegaard told reporters.',
            id="nordic_letters_transliterated",
        ),
        pytest.param(
            '"We reject the council\'s plan for the old market," Sheikh Omar al-Rashidi said.',
            '"We reject the council\'s plan for the old market," Rashidi said at Friday prayers.',
            id="surname_of_a_hyphened_name",
        ),
        pytest.param(
            'Councillor Ines Harrow, cabinet member for housing, said: "The flats will be ready '
            'by the autumn."',
            '"The flats will be ready by the autumn," said Ines Harrow, the council\'s housing '
            "lead.",
            id="speaker_before_and_after_the_quotation",
        ),
    ],
)
def test_the_same_speaker_told_otherwise_changes_no_speaker(a: str, b: str) -> None:
    """A speaker told otherwise, by a part of the name, a pronoun, a title, a description or a
    misspelling, its accents dropped or spelt out ("Kovač", "Kovac"; "Müller", "Mueller"), or a
    body by a noun or another name, changes no speaker; nor does another claim by one speaker,
    nor two names that trade roles."""
    kinds = [n.kind for n in framing_notes(a, b) + framing_notes(b, a)]
    assert "speaker_changed" not in kinds


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Neighbor Tom Becker said he had been worried about the plant for a long time.",
            '"People have been warning about this place for a long time," Bell said.',
            [],
            id="another_speakers_other_words",
        ),
        pytest.param(
            "Tom Becker said the plant had been a danger for years.",
            '"The plant has been a danger for years," Tom Becker said.',
            [("quote_added", "", "The plant has been a danger for years")],
            id="one_speakers_words_quoted",
        ),
    ],
)
def test_words_of_another_speaker_are_no_paraphrase_turned_into_a_quotation(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """One person's reported words beside another's quotation are each their own, neither
    turned into a quotation nor out of one, read either way; one speaker's words quoted are."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected
    assert [(n.kind.mirrored, n.b, n.a) for n in framing_notes(b, a)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Six bridges were washed away in Korvel county, the Ministry of Transport said.",
            "Six bridges were washed away in Korvel county, the Red Crescent said.",
            ("Ministry of Transport", "Red Crescent"),
            id="one_named_body_for_another",
        ),
        pytest.param(
            "The lake rose 2.8 metres overnight, according to the ministry.",
            "The lake rose 2.8 metres overnight, according to the International Water Institute.",
            ("ministry", "International Water Institute"),
            id="the_ministry_for_a_named_body",
        ),
        pytest.param(
            "Most of the harvest was lost, the agency said.",
            "Most of the harvest was lost, the Global Crop Foundation said.",
            ("agency", "Global Crop Foundation"),
            id="the_agency_for_a_body_of_another_kind",
        ),
        pytest.param(
            "The shelling killed at least 14 people on Friday, the United Nations said.",
            "The shelling killed at least 14 people on Friday, Veskarian officials said.",
            ("United Nations", "Veskarian officials"),
            id="a_named_body_for_one_sides_officials",
        ),
        pytest.param(
            "The road to the border was closed, the Red Cross said.",
            "The road to the border was closed, local authorities said.",
            ("Red Cross", "local authorities"),
            id="a_named_body_for_local_authorities",
        ),
        pytest.param(
            "The grain stocks will last until March, the World Food Programme said.",
            "The grain stocks will last until March, experts said.",
            ("World Food Programme", "experts"),
            id="a_named_body_for_experts",
        ),
    ],
)
def test_the_same_claim_credited_to_another_body_is_noted(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """A claim the other version credits to another body, named or by what kind of body it is,
    is noted with both sources as written (no stray "of" of the claim: "Most of the harvest"),
    read either way."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [
        ("attribution_source_changed", *expected)
    ]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("attribution_source_changed", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "A formal inquiry into the trades was opened, the SEC said.",
            "A formal inquiry into the trades was opened, the Securities and Exchange Commission said.",
            id="a_body_and_its_initials",
        ),
        pytest.param(
            "The quake struck 40 km offshore, the USGS said.",
            "The quake struck 40 km offshore, the U.S. Geological Survey said.",
            id="initials_of_a_name_whose_first_word_is_initials",
        ),
        pytest.param(
            "The plan to raise fuel duty was dropped, No 10 said.",
            "The plan to raise fuel duty was dropped, Downing Street said.",
            id="an_address_for_who_sits_there",
        ),
        pytest.param(
            "The talks would resume next week, the White House said.",
            "The talks would resume next week, the administration said.",
            id="a_building_for_who_sits_there",
        ),
        pytest.param(
            "The recall covers 40,000 kettles, the company said.",
            "The recall covers 40,000 kettles, Brightwell Appliances said.",
            id="the_company_for_its_name",
        ),
        pytest.param(
            "The embassy will stay open, the ministry said.",
            "The embassy will stay open, the Foreign Office said.",
            id="the_ministry_for_a_name_of_a_body_of_that_kind",
        ),
        pytest.param(
            "Most of the harvest was lost, the agency said.",
            "Most of the harvest was lost, the WFP said.",
            id="the_agency_for_initials_that_may_be_its",
        ),
        pytest.param(
            "Interest rates will stay on hold, the Fed said.",
            "Interest rates will stay on hold, the Federal Reserve said.",
            id="a_name_cut_short",
        ),
        pytest.param(
            "The dam could fail within days, the ministry said.",
            "The dam could fail within days, Minister Elena Varga said.",
            id="a_minister_for_the_ministry",
        ),
        pytest.param(
            "The dam could fail within days, the ministry said.",
            "The dam could fail within days, the council said.",
            id="two_nouns_of_bodies",
        ),
        pytest.param(
            "The dam could fail within days, the ministry said.",
            "The dam could fail within days, officials said.",
            id="a_noun_of_a_body_for_officials",
        ),
        pytest.param(
            "The shelling killed at least 14 people, the United Nations said.",
            "The shelling killed at least 14 people, UN officials said.",
            id="a_named_body_for_its_own_officials",
        ),
        pytest.param(
            "The plan to raise fuel duty was dropped, Downing Street said.",
            "The plan to raise fuel duty was dropped, government sources said.",
            id="an_address_for_sources",
        ),
    ],
)
def test_one_body_credited_otherwise_changes_no_source(a: str, b: str) -> None:
    """A body by its initials or a name cut short, an address or a building for who sits
    there, a noun that a name of no kind or of the noun's kind may stand for, a person beside a
    body, or two nouns that may name one body, are no other source for all a reader can tell."""
    kinds = [n.kind for n in framing_notes(a, b) + framing_notes(b, a)]
    assert "attribution_source_changed" not in kinds


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "La reportera fue asesinada en Culiacán, según informó la Fiscalía General del estado.",
            "La reportera fue asesinada en Culiacán, según la agencia Europa Press.",
            ("attribution_source_changed", "Fiscalía General", "agencia Europa Press"),
            id="the_prosecutor_for_a_news_agency",
        ),
        pytest.param(
            "La reportera fue asesinada en Culiacán, según la Fiscalía.",
            "La reportera fue asesinada en Culiacán, según la Cruz Roja.",
            ("attribution_source_changed", "Fiscalía", "Cruz Roja"),
            id="one_body_for_another",
        ),
        pytest.param(
            "La reportera fue asesinada en Culiacán, de acuerdo con la Fiscalía.",
            "La reportera fue asesinada en Culiacán, de acuerdo con testigos.",
            ("speaker_changed", "Fiscalía", "testigos"),
            id="the_prosecutor_for_witnesses",
        ),
        pytest.param(
            "Two guards were killed, according to the Interior Ministry.",
            "Two guards were killed, according to witnesses.",
            ("speaker_changed", "Interior Ministry", "witnesses"),
            id="a_ministry_for_witnesses",
        ),
    ],
)
def test_a_claim_credited_to_an_agency_or_witnesses_instead_of_an_authority_is_noted(
    a: str, b: str, expected: tuple[str, str, str]
) -> None:
    """A claim a rewrite credits to a news agency, another body or witnesses in place of the
    authority the other version names is noted, read either way."""
    kind, source_a, source_b = expected
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [expected]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [(kind, source_b, source_a)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "La reportera fue asesinada en Culiacán, según la Fiscalía.",
            "La reportera fue asesinada en Culiacán, según la Fiscalía de Sinaloa.",
            id="a_body_and_its_full_name",
        ),
        pytest.param(
            "La reportera fue asesinada en Culiacán, según la Fiscalía.",
            "La reportera fue asesinada en Culiacán, según el fiscal Luis Mora.",
            id="a_body_and_its_officer",
        ),
    ],
)
def test_a_spanish_body_credited_otherwise_changes_no_source(a: str, b: str) -> None:
    """A body by a longer name, or one of its officers, is no other source."""
    kinds = [n.kind for n in framing_notes(a, b) + framing_notes(b, a)]
    assert not {"attribution_source_changed", "speaker_changed"} & set(kinds)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            'Dock worker Lena Fitz said the crew would "hold out to the end" and called the '
            'offer "insulting".',
            'Dock worker Lena Fitz said the crew would "hold out to the end" and called the '
            "offer insulting.",
            ("quote_removed", "insulting", ""),
            id="double_quotes_dropped_beside_another_quotation",
        ),
        pytest.param(
            "Dock worker Lena Fitz said the crew would 'hold out to the end' and called the "
            "offer 'insulting'.",
            "Dock worker Lena Fitz said the crew would 'hold out to the end' and called the "
            "offer insulting.",
            ("quote_removed", "insulting", ""),
            id="single_quotes_dropped_beside_another_quotation",
        ),
        pytest.param(
            '"We will hold out to the end," Lena Fitz said, adding that the offer was '
            "insulting and late.",
            '"We will hold out to the end," Lena Fitz said, adding that the offer was '
            '"insulting and late".',
            ("quote_added", "", "insulting and late"),
            id="quotes_put_around_words_beside_another_quotation",
        ),
    ],
)
def test_quotation_marks_put_or_dropped_beside_another_quotation_are_noted(
    a: str, b: str, expected: tuple[str, str, str]
) -> None:
    """Words one version quotes and the other writes as its own are noted as a quotation added
    or removed, read either way, though both versions share another quotation."""
    kind, said_a, said_b = expected
    mirrored = "quote_added" if kind == "quote_removed" else "quote_removed"
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [expected]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [(mirrored, said_b, said_a)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "بلغت قوة الزلزال \u0665\u066b\u0668 درجات.",
            "بلغت قوة الزلزال 5.8 درجات.",
            id="decimal",
        ),
        pytest.param("أصيب \u0661\u066c\u0662\u0660\u0660 شخص.", "أصيب 1,200 شخص.", id="thousands"),
    ],
)
def test_a_number_in_arabic_digits_and_separators_is_the_same_number(a: str, b: str) -> None:
    """Arabic writes a decimal with its own separator (U+066B: five, it, eight is 5.8) and
    thousands with another (U+066C):
    the same figure in Western digits is no number changed, and 6.1 for it is."""
    assert framing_notes(a, b) == ()
    changed = [n.kind for n in framing_notes(a, b.replace("5.8", "6.1").replace("1,200", "1,300"))]
    assert changed == ["number_changed"]


TRIMMED, CUT_INSIDE = "quote_words_removed", "quote_words_cut_inside"


@pytest.mark.parametrize(
    ("a", "b", "cut", "kind"),
    [
        pytest.param(
            '"We regret the injuries, but our officers acted with restraint," the police chief'
            " told reporters.",
            '"Our officers acted with restraint," the police chief told reporters.',
            "we regret the injuries",
            TRIMMED,
            id="a_quotation_trimmed_at_its_start",
        ),
        pytest.param(
            '"Frankly, the ring road has been promised for three years and the opening has '
            'slipped every time," said Cllr Ada Moss.',
            'Cllr Ada Moss said the opening had "slipped every time".',
            "frankly the ring road has been promised for three years and the opening has",
            TRIMMED,
            id="a_fragment_quoted_from_its_end",
        ),
        pytest.param(
            '"Our officers faced rocks, bottles and fireworks from the crowd and held their'
            ' line," the minister said.',
            '"Our officers faced rocks and bottles from the crowd and held their line," the'
            " minister said.",
            "fireworks",
            CUT_INSIDE,
            id="words_cut_from_a_list_inside_a_quotation",
        ),
        pytest.param(
            '"We will not rest until the market recovers and jobs return," she said.',
            '"We will not rest until the market recovers," she said.',
            "jobs return",
            TRIMMED,
            id="a_quotation_cut_short",
        ),
        pytest.param(
            '"The strike was a reckless and costly gamble," the mayor said.',
            '"The strike was a reckless gamble," the mayor said.',
            "costly",
            CUT_INSIDE,
            id="one_word_cut_from_a_quotation",
        ),
        pytest.param(
            '"We never wanted this strike, and we will settle quickly," the union leader said.',
            '"We never wanted this strike ... we will settle quickly," the union leader said.',
            "",
            CUT_INSIDE,
            id="a_function_word_elided",
        ),
        pytest.param(
            '"The new drug is statistically significant and it is clinically meaningful," '
            "Prof Ilse Marr told the briefing.",
            '"The new drug is statistically significant and clinically meaningful," Prof Ilse '
            "Marr told the briefing.",
            "it is",
            CUT_INSIDE,
            id="function_words_cut_unmarked_from_inside_a_quotation",
        ),
    ],
)
def test_words_cut_from_a_quotation_are_named(a: str, b: str, cut: str, kind: str) -> None:
    """Words one version quotes and the other's quotation of the same words leaves out are
    named as cut from it, shown without the conjunction that joined them, and read the other
    way as added to it; a function word elided is none. A cut at the quotation's start or end
    is the quotation trimmed, as quotations are; one from between words it keeps, unmarked,
    is told apart."""
    removed = [(kind, cut, "")] if cut else []
    added = [("quote_words_added", "", cut)] if cut else []
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == removed
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == added


@pytest.mark.parametrize(
    ("a", "b", "cut"),
    [
        pytest.param(
            '"We never wanted this strike, but the bosses forced our hand and we will win,"'
            " the union leader said.",
            '"We never wanted this strike ... and we will win," the union leader said.',
            "the bosses forced our hand",
            id="words_elided_with_an_ellipsis",
        ),
        pytest.param(
            '"We will, as I told the residents at the hall, open the Dunmore link road by 2027," '
            "said Cllr Ada Moss.",
            '"We will \u2026 open the Dunmore link road by 2027," said Cllr Ada Moss.',
            "i told the residents at the hall",
            id="words_elided_with_an_ellipsis_character",
        ),
    ],
)
def test_words_cut_where_an_ellipsis_marks_the_cut_are_told_from_an_unmarked_cut(
    a: str, b: str, cut: str
) -> None:
    """Words left out of a quotation where the other version puts an ellipsis are a cut it
    discloses, named apart from one it does not (``quote_words_removed``), either way round;
    the same cut without the mark is an unmarked one."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("quote_words_elided", cut, "")]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [("quote_words_elided", "", cut)]
    unmarked = b.replace(" ...", "").replace(" \u2026", "")
    assert [(n.kind, n.a) for n in framing_notes(a, unmarked)] == [(CUT_INSIDE, cut)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            '"We regret the injuries, but our officers acted with restraint," Vale said.',
            '"We regret the injuries," Vale said. "But our officers acted with restraint."',
            id="a_quotation_split_in_two_sentences_aligned_together",
        ),
        pytest.param(
            '"We will rebuild the port and reopen it by May," the harbour master said.',
            '"We will rebuild the port," the harbour master said, adding it would reopen by May.',
            id="the_rest_of_the_quotation_paraphrased",
        ),
        pytest.param(
            'She called the plan "a reckless gamble with our money".',
            'She called the plan a "reckless gamble" with our money.',
            id="the_quotation_marks_moved",
        ),
        pytest.param(
            '"I will pass on to him [the premier] that the supply is safe," Klein said.',
            '"I will pass on to him that the supply is safe," Klein said.',
            id="a_writers_aside_in_brackets",
        ),
        pytest.param(
            '"The rent is due notwithstanding the attacks of Sept. 11," the suit says.',
            '"The rent is due notwithstanding the attacks of 11 September," the suit says.',
            id="a_date_written_another_way",
        ),
        pytest.param(
            '"The strike is over and the workers are going back tomorrow," the steward said.',
            '"The strike has ended and workers return tomorrow," the steward said.',
            id="a_statement_said_in_other_words",
        ),
    ],
)
def test_a_quotation_split_paraphrased_or_written_otherwise_has_no_words_cut(
    a: str, b: str
) -> None:
    """No words are cut from a quotation that the other version splits in two sentences aligned
    together, ends sooner to tell the rest in its own words, or marks otherwise; nor for a
    writer's aside in brackets, a date written another way, or a statement said in other words
    (fewer than four in five of the shorter quotation's words written as the other writes
    them)."""
    kinds = {n.kind for n in framing_notes(a, b) + framing_notes(b, a)}
    assert not kinds & {"quote_words_removed", "quote_words_added"}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The toxin will reach the coast by Friday, the ministry said in a statement.",
            "The toxin will reach the coast by Friday.",
            [("attribution_removed", "the ministry said", "")],
            id="source_before_its_verb",
        ),
        pytest.param(
            "According to the ministry, nitrate levels in the Meridan River have tripled.",
            "Nitrate levels in the Meridan River have tripled.",
            [("attribution_removed", "According to the ministry", "")],
            id="source_after_its_cue",
        ),
        pytest.param(
            "The plant will close in March, said Mr. Goh on Monday.",
            "The plant will close in March on Monday.",
            [("attribution_removed", "said Mr. Goh", "")],
            id="source_after_its_verb_up_to_when",
        ),
        pytest.param(
            "The plant will close in March, U.S. officials said.",
            "The plant will close in March.",
            [("attribution_removed", "U.S. officials said", "")],
            id="source_with_initials",
        ),
        pytest.param(
            "The suspect is said to have fled north, police said.",
            "The suspect is said to have fled north.",
            [("attribution_removed", "police said", "")],
            id="a_passive_verb_cites_no_one",
        ),
        pytest.param(
            "The plant will close in March.",
            "The plant will close in March, a spokesman for the Ministry of Emergency Situations "
            "said.",
            [
                (
                    "attribution_added",
                    "",
                    "a spokesman for the Ministry of Emergency Situations said",
                )
            ],
            id="a_long_source_added",
        ),
    ],
)
def test_an_attribution_added_or_dropped_is_noted_with_whom_it_cites(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A note on an attribution dropped or added gives it as the sentence writes it, with whom
    it cites ("the ministry said", not "said"): before its verb in its clause, or after its verb
    or cue up to where the clause goes on to say when ("on Monday"). An abbreviation's or
    initials' stop ends no clause, and "is said to" cites no one."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Ministry figures show that 2,400 tonnes of fertiliser leaked into the river.",
            "2,400 tonnes of fertiliser leaked into the river.",
            [("attribution_removed", "Ministry figures show", "")],
            id="figures_show_dropped",
        ),
        pytest.param(
            "Figures show that 2,400 tonnes of fertiliser leaked into the river.",
            "2,400 tonnes of fertiliser leaked into the river.",
            [("attribution_removed", "Figures show", "")],
            id="figures_of_no_one_dropped",
        ),
        pytest.param(
            "Police records showed the driver had two earlier convictions.",
            "The driver had two earlier convictions.",
            [("attribution_removed", "Police records showed", "")],
            id="records_showed_dropped",
        ),
        pytest.param(
            "The video shows police officers pushing protesters.",
            "The video showed police officers pushing protesters.",
            [],
            id="a_video_shows_no_source",
        ),
        pytest.param(
            "Up to 30% of the fish could die, according to a preliminary estimate by the "
            "university.",
            "Up to 30% of the fish could die, according to the university.",
            [("hedge_removed", "preliminary estimate", "")],
            id="preliminary_estimate_dropped",
        ),
        pytest.param(
            "The toll rose to 40, according to preliminary figures from the ministry.",
            "The toll rose to 40, according to a preliminary count by the ministry.",
            [],
            id="preliminary_worded_otherwise",
        ),
    ],
)
def test_figures_cited_and_a_preliminary_count_frame_a_claim(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Ministry figures show that" attributes the claim to the ministry's figures, as "the
    ministry said" does: dropping it states the claim as fact (a video that shows something is
    no source). A "preliminary" estimate, count or figures is a caveat: dropping it is a hedge
    removed, and one preliminary figure for another says the same."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            '"We have nothing to hide," Brennan said.',
            '"We have nothing to hide," Brennan told reporters on Route 9.',
            id="road",
        ),
        pytest.param(
            "The convoy was stopped at dawn.",
            "The convoy was stopped at dawn on Highway 61.",
            id="highway",
        ),
        pytest.param(
            "Flights were cancelled on Friday.",
            "Flights from Terminal 5 were cancelled on Friday.",
            id="terminal",
        ),
        pytest.param(
            "The museum opened a space gallery.",
            "The museum opened an Apollo 11 gallery.",
            id="mission",
        ),
        pytest.param(
            "The update broke printers for many users.",
            "The Windows 11 update broke printers for many users.",
            id="product",
        ),
        pytest.param(
            "The city will host a race next year.",
            "The city will host a Formula 1 race next year.",
            id="championship",
        ),
        pytest.param(
            "The rights group condemned the arrest of 3 reporters.",
            "The rights group Article 19 condemned the arrest of 3 reporters.",
            id="group_named_for_an_article",
        ),
        pytest.param(
            "La organización condenó el asesinato de 3 periodistas en Sinaloa.",
            "La organización Artículo 19 condenó el asesinato de 3 periodistas en Sinaloa.",
            id="spanish_group_named_for_an_article",
        ),
        pytest.param(
            "Artículo 19 condenó el asesinato del periodista, según la Fiscalía.",
            "La organización condenó el asesinato del periodista, según la Fiscalía.",
            id="spanish_group_named_for_an_article_opening_the_sentence",
        ),
    ],
)
def test_the_number_of_a_name_is_no_figure_added(a: str, b: str) -> None:
    """A version that names a road, a terminal, a mission, a product or a group called after
    an article ("Article 19", "Artículo 19") by its number adds no figure (acceptance 23 #10:
    "Route 9" was noted as a number added)."""
    assert [n.kind for n in framing_notes(a, b) if n.kind.startswith("number")] == []


def test_a_spanish_law_article_in_lower_case_is_a_number() -> None:
    """Spanish writes a law's article in lower case: "artículo 19" changed to "artículo 20" is a
    number changed, unlike the group "Artículo 19"."""
    notes = framing_notes(
        "El artículo 19 de la Constitución protege la libertad de prensa.",
        "El artículo 20 de la Constitución protege la libertad de prensa.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [("number_changed", "19", "20")]


def test_a_rate_per_billion_keeps_no_billion_of_its_own() -> None:
    """ "15 parts per billion" written "15" drops no number "billion": the multiplier is the
    rate's unit (acceptance 23 #10)."""
    notes = framing_notes(
        "Samples averaged 22 parts per billion of lead, above the action level of 15 parts per "
        "billion.",
        "Samples averaged 22 parts per billion of lead. The action level is 15.",
    )
    assert not any("billion" in note.a for note in notes)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Brennan said the authority would replace 3,800 lead service lines by 2027.",
            "The authority has pledged to replace 3,800 lead service lines by 2027.",
            [],
            id="subject_pledges_it",
        ),
        pytest.param(
            "The council promised to reopen the library, the mayor said.",
            "The council promised to reopen the library.",
            [("attribution_removed", "the mayor said", "")],
            id="the_promise_itself_attributed",
        ),
        pytest.param(
            "Brennan said the authority would replace 3,800 lead service lines by 2027.",
            "The authority will replace 3,800 lead service lines by 2027.",
            [("attribution_removed", "Brennan said", "")],
            id="stated_as_fact",
        ),
    ],
)
def test_a_subject_committing_to_a_plan_states_no_claim_as_fact(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "The authority has pledged to replace ..." tells whose plan it is: no attribution is
    removed against "Brennan said the authority would replace ..." (acceptance 23 #10); a
    version that says "will replace" states it as fact."""
    notes = framing_notes(a, b)
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.startswith("attribution")] == expected


def _aligned(a: str, b: str) -> Match:
    return Match(Span((0,), 0, len(a), a), Span((0,), 0, len(b), b), 80.0, MatchKind.EDITED)


QUOTE = '"I flagged the numbers in the first week,"'


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            f"{QUOTE} said Maria Okafor, a former lab technician.",
            f"{QUOTE} Maria Okafor, a former laboratory technician, told the Herald.",
            ("interview_claim_added", "", "told the Herald"),
            id="copy_claims_the_interview",
        ),
        pytest.param(
            f"{QUOTE} Maria Okafor told The Ledger Line.",
            f"{QUOTE} said Maria Okafor.",
            ("interview_claim_removed", "told The Ledger Line", ""),
            id="origin_claim_dropped",
        ),
        pytest.param(
            f"{QUOTE} said Maria Okafor.",
            f"{QUOTE} Maria Okafor told The Ledger Line.",
            None,
            id="copy_credits_the_origin",
        ),
        pytest.param(
            f"{QUOTE} Maria Okafor told the Herald.",
            f"{QUOTE} Maria Okafor told the Herald.",
            None,
            id="both_say_it",
        ),
        pytest.param(
            "Maria Okafor said she flagged the numbers in the first week.",
            "Maria Okafor told the Herald she flagged the numbers in the first week.",
            None,
            id="no_quotation",
        ),
    ],
)
def test_a_copy_that_says_the_speaker_told_it_claims_the_interview(
    a: str, b: str, expected: tuple[str, str, str] | None
) -> None:
    """A paper that writes "..., told the Herald." after the quotation the origin got
    ("..., said Maria Okafor") claims the origin's interview (acceptance 23 #8); naming the
    origin as the one told credits it."""
    note = claimed_interview(_aligned(a, b), "The Ledger Line", "Metropolitan Herald")
    assert (None if note is None else (note.kind, note.a, note.b)) == expected


EXPANSION = "The quarry on Pell Lane could grow by 40 acres, according to"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            f"{EXPANSION} a filing obtained by the Millbrook Courier.",
            f"{EXPANSION} local reports.",
            ("attribution_source_changed", "the Millbrook Courier", "according to local reports"),
            id="the_outlets_scoop_told_as_local_reports",
        ),
        pytest.param(
            f"{EXPANSION} media reports.",
            f"{EXPANSION} a filing reviewed by The Millbrook Courier.",
            ("attribution_source_changed", "according to media reports", "The Millbrook Courier"),
            id="reports_named_as_the_outlet",
        ),
        pytest.param(
            f"{EXPANSION} a filing obtained by the Millbrook Courier.",
            f"{EXPANSION} a filing first reported by the Millbrook Courier.",
            None,
            id="both_credit_the_outlet",
        ),
        pytest.param(
            f"{EXPANSION} a filing obtained by the Millbrook Courier.",
            f"{EXPANSION} a filing seen by the county.",
            None,
            id="another_source_named",
        ),
    ],
)
def test_a_credit_to_an_outlet_told_as_unnamed_reports_is_a_source_changed(
    a: str, b: str, expected: tuple[str, str, str] | None
) -> None:
    """A copy that credits "local reports" where the origin credits the outlet that obtained
    the document hides whose scoop it is: a source changed, named with both credits
    (acceptance round 32, c5)."""
    note = outlet_credit_hidden(_aligned(a, b), ("Millbrook Courier", "Lakeside Wire"))
    assert (None if note is None else (note.kind, note.a, note.b)) == expected


def test_the_attribution_verb_changed_is_the_speakers_not_a_verb_both_write() -> None:
    """ "Prosecutors said Obermeyer wrote 312 checks" against "Prosecutors claimed Obermeyer
    wrote ...": the verb changed is "said", not the "wrote" both sentences keep."""
    notes = framing_notes(
        "Prosecutors said Obermeyer wrote 312 checks to herself between 2019 and 2024.",
        "Prosecutors claimed Obermeyer wrote 312 checks to herself between 2019 and 2024.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [("attribution_verb", "said", "claimed")]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Greene said the school never told parents about the leak.",
            "Greene insisted the school never told parents about the leak.",
            [("attribution_verb", "said", "insisted")],
            id="never_told",
        ),
        pytest.param(
            "The firm said staff did not say why the doors were locked.",
            "The firm admitted staff did not say why the doors were locked.",
            [("attribution_verb", "said", "admitted")],
            id="did_not_say",
        ),
        pytest.param(
            "The mayor declined to say when the bridge would reopen.",
            "The mayor would not say when the bridge would reopen.",
            [],
            id="declined_to_say_and_would_not_say",
        ),
        pytest.param(
            "The mayor said the bridge would reopen.",
            "The mayor didn't say when the bridge would reopen.",
            [("negation_added", "", "didn't")],
            id="saying_denied_is_a_negation",
        ),
    ],
)
def test_saying_denied_is_no_attribution_verb(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Never told", "did not say" and "declined to say" say that someone did not speak: no
    attribution verb set against another version's, nor swapped for "said"; the negation is
    noted as one."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_a_profile_counts_no_saying_denied() -> None:
    """An article's profile counts the verbs that attribute, not saying denied."""
    text = (
        "The mayor did not say when the bridge would reopen. Engineers declined to confirm "
        "the cost. The council never told residents. Police said the road was closed."
    )
    profile = framing_profile(document(text, "a"), segment(document(text, "a")))
    assert profile.attribution_verbs == (("said", 1),)


QUOTED_OKAFOR = (
    "Maria Okafor, who chairs the branch committee, said members were "
    '"ready to stay out all winter" as pickets lit braziers outside the gates.'
)


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        pytest.param(
            "Speaking to reporters after a night at the gates, Okafor insisted her colleagues "
            'were "ready to stay out all winter".',
            ("said", "insisted"),
            id="insisted_for_said",
        ),
        pytest.param(
            'Okafor admitted: "We are ready to stay out all winter."',
            ("said", "admitted"),
            id="admitted_for_said",
        ),
        pytest.param(
            'Okafor told reporters the union was "ready to stay out all winter".',
            None,
            id="told_for_said",
        ),
        pytest.param(
            'The port director claimed the union was "ready to stay out all winter".',
            None,
            id="another_speaker",
        ),
    ],
)
def test_a_shared_quotation_said_with_another_verb_is_noted(
    b: str, expected: tuple[str, str] | None
) -> None:
    """Two sentences that carry one quotation of one speaker, with a verb of more or less
    credence in one, give an attribution note, whatever else they say; one verb as neutral
    as the other, or another speaker, gives none."""
    note = quotation_verb(QUOTED_OKAFOR, b)
    assert (None if note is None else (note.kind, note.a, note.b)) == (
        None if expected is None else ("attribution_verb", *expected)
    )


@pytest.mark.usefixtures("package_terms_after")
def test_a_report_tells_the_kinds_named_in_spanish_from_the_lists() -> None:
    """The kinds named in Spanish follow the lists: direction and outcome are listed, roles and
    the passive are read by English grammar alone, and a Spanish loaded term the user adds makes
    loaded terms named in Spanish, none in Italian (German has a list of its own)."""
    checked, unchecked = kinds_checked_in("es")
    assert {"attribution verbs", "hedges", "direction", "outcome", "numbers"} <= set(checked)
    assert {"roles", "passive voice"} <= set(unchecked)
    use_terms(AddedTerms(loaded_terms=("vándalos",)))
    assert "loaded terms" in kinds_checked_in("es")[0]
    assert "loaded terms" in kinds_checked_in("it")[1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Crashes are costing hospitals £340 million a year, the think tank said.",
            "Crashes are costing hospitals £340 million a month, the think tank said.",
            [("number_changed", "£340 million a year", "£340 million a month")],
            id="another_period",
        ),
        pytest.param(
            "Crashes are costing hospitals £340 million a year, the think tank said.",
            "Crashes are costing hospitals £340 million, the think tank said.",
            [("number_changed", "£340 million a year", "£340 million")],
            id="period_dropped",
        ),
        pytest.param(
            "Repair bills rose 5% per year after 2020, the council said.",
            "Repair bills rose 5% after 2020, the council said.",
            [("number_changed", "5% per year", "5%")],
            id="rate_told_as_a_total",
        ),
        pytest.param(
            "Crashes cost hospitals £340 million, up from £12 million.",
            "Crashes cost hospitals £340 million a year, up from £12 million.",
            [("number_changed", "£340 million", "£340 million a year")],
            id="period_added",
        ),
        pytest.param(
            "It costs hospitals £340 million a year, the think tank said.",
            "It costs hospitals £28 million a month, the think tank said.",
            [("number_changed", "£340 million a year", "£28 million a month")],
            id="changed_number_shown_with_its_period",
        ),
        pytest.param(
            "El subsidio costará 1.200 millones de pesos al año, dijo el ministro.",
            "El subsidio costará 1.200 millones de pesos al mes, dijo el ministro.",
            [
                (
                    "number_changed",
                    "1.200 millones de pesos al año",
                    "1.200 millones de pesos al mes",
                )
            ],
            id="spanish_a_year_become_a_month",
        ),
        pytest.param(
            "Los repartidores ganan 500 euros a la semana, según el sindicato.",
            "Los repartidores ganan 500 euros, según el sindicato.",
            [("number_changed", "500 euros a la semana", "500")],
            id="spanish_period_dropped",
        ),
        pytest.param(
            "Riders earn 500 euros a week, the union said.",
            "Riders earn 500 euros, the union said.",
            [("number_changed", "500 euros a week", "500")],
            id="english_period_dropped_as_spanish",
        ),
        pytest.param(
            "Los repartidores ganan 500 € a la semana, según el sindicato.",
            "Los repartidores ganan 500€ al mes, según el sindicato.",
            [("number_changed", "500 € a la semana", "500€ al mes")],
            id="spanish_sign_after_the_number",
        ),
    ],
)
def test_the_period_a_figure_is_counted_per_is_part_of_it(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A fact-checker tracing a cost: "a year" turned into "a month", or dropped so that a yearly
    cost reads as a one-off, changes the figure (acceptance 25 #2)."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Rentals cost riders £3 a day in the city centre.",
            "Rentals cost riders £3 per day in the city centre.",
            id="a_period_written_otherwise",
        ),
        pytest.param(
            "Repair bills rose 5% annually after 2020, the council said.",
            "Each year after 2020 repair bills rose 5%, the council said.",
            id="a_period_named_elsewhere",
        ),
        pytest.param(
            "Volunteers staffed the shelter 24 hours a day, seven days a week.",
            "Volunteers staffed the shelter 24/7.",
            id="time_counted_per_a_period",
        ),
        pytest.param(
            "Fourteen people were hurt a day after the storm, police said.",
            "Fourteen people were hurt after the storm, police said.",
            id="a_day_after_says_when",
        ),
        pytest.param(
            "La tarifa subirá a 300 pesos por año, informó la empresa.",
            "La tarifa subirá a 300 pesos al año, informó la empresa.",
            id="a_spanish_period_written_otherwise",
        ),
        pytest.param(
            "Hubo 14 heridos al día siguiente de la tormenta, informó la policía.",
            "Hubo 14 heridos tras la tormenta, informó la policía.",
            id="al_dia_siguiente_says_when",
        ),
    ],
)
def test_a_period_kept_or_saying_when_changes_no_figure(a: str, b: str) -> None:
    """The same period in other words, or named elsewhere in the sentence, changes nothing, nor
    does "a day after", which says when, or a span of time counted per a period ("24/7")."""
    assert [n for n in framing_notes(a, b) if n.kind.value.startswith("number")] == []


def test_a_range_of_shares_and_a_span_of_time_are_no_one_number_changed() -> None:
    """A share that rose "from 4.1% to 6.3%" against "in two years" drops a range of shares and
    adds a span of time; "2.2 percentage points" against "2.2 percent" is the same number in
    another unit, each shown with its unit (acceptance 25 #9)."""
    a = "Their share rose from 4.1% to 6.3%, an increase of 2.2 percentage points."
    b = "Their share is now 6.3%, a rise of 2.2 percent in two years."
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [
        ("number_removed", "4.1% to 6.3%", ""),
        ("number_added", "", "two years"),
        ("number_changed", "2.2 percentage points", "2.2 percent"),
    ]


def test_a_share_in_percentage_points_against_one_in_percent_is_one_change() -> None:
    """A share's "2.2 percentage points" against "54 percent" is one share's change told in
    another unit, not a number dropped and another added."""
    a = "E-scooters' share of admissions rose by 2.2 percentage points."
    b = "E-scooters' share of admissions rose by 54 percent."
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [
        ("number_changed", "2.2 percentage points", "54 percent")
    ]


def test_a_profile_lists_a_figure_with_its_unit_and_period() -> None:
    """A profile's numbers keep what makes them a figure: "2.2 percentage points" is no 2.2, and
    "£340 million a year" no one-off £340 million (acceptance 25 #2, #9)."""
    text = (
        "E-scooter injuries cost hospitals £340 million a year, the study said. Their share of "
        "admissions rose by 2.2 percentage points."
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).numbers == (
        "£340 million a year",
        "2.2 percentage points",
    )


def test_a_profile_lists_a_figure_with_its_qualifier() -> None:
    """A profile's numbers keep the qualifier a pair's notes show them with: "about $450
    million" is no exact $450 million."""
    text = (
        "The chipmaker expects capital spending of about $450 million in fiscal 2026. Its "
        "shares have risen more than 3%."
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).numbers == (
        "about $450 million",
        "2026",
        "more than 3%",
    )


def test_a_profile_reads_no_qualifiers_in_a_sentence_without_numbers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most of an article's sentences hold no number: a profile looks for no qualifier of one
    there ("about", "more than"), and lists the numbers of the sentences that hold them."""
    estimates = compare.framing._estimates
    read: list[str] = []

    def counted(tokens: tuple[str, ...], plain: str) -> object:
        read.append(plain)
        return estimates(tokens, plain)

    monkeypatch.setattr(compare.framing, "_estimates", counted)
    text = (
        "Dock workers at the port of Carrow walked out on Thursday over a pay offer. The "
        "union said about 450 members joined the strike. Managers declined to comment."
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).numbers == ("about 450",)
    assert read == ["The union said about 450 members joined the strike."]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            '"Stay off the roads until we tell you it is safe."',
            '"STAY OFF THE ROADS UNTIL WE TELL YOU IT IS SAFE."',
            id="quotation_alone",
        ),
        pytest.param(
            '"We will rebuild Port Halden by spring."',
            '"WE WILL REBUILD PORT HALDEN BY SPRING."',
            id="quotation_with_a_name",
        ),
    ],
)
def test_a_quotation_set_in_capitals_is_still_a_quotation(a: str, b: str) -> None:
    """Closed captions set a quotation in capitals, as every other word: capitals tell no title
    there, and a sentence that only quotes is the quotation its mixed-case version gives, not
    turned into paraphrase."""
    assert [n.kind.value for n in framing_notes(a, b)] == []


def test_an_article_set_in_capitals_cites_the_sources_its_story_names() -> None:
    """In captions a capital tells no name: the sources cited are those the story's texts in
    mixed case spell ("National Weather Service"), and a wire's initials in brackets still."""
    text = (
        "PORT HALDEN (AP) - THE STORM MADE LANDFALL, THE NATIONAL WEATHER SERVICE SAID.\n"
        "THE WEATHER SERVICE SAID RAIN COULD REACH 12 INCHES."
    )
    captions = document(text, "tv", "KXYZ")
    profile = framing_profile(captions, segment(captions), names=("National Weather Service",))
    assert profile.cited_sources == ("AP", "National Weather Service")


def test_a_hedge_inside_a_quotation_is_no_hedge_of_the_profile() -> None:
    """A hedge inside a quotation is the speaker's word, not the outlet's, and is left out of the
    profile's hedges as a loaded term there is; the outlet's own hedge is listed."""
    text = (
        '"Es presuntamente un fraude", dijo el fiscal. El empresario presuntamente desvió 40 '
        'millones de pesos. The mayor said the land was "reportedly" sold twice.'
    )
    doc = document(text, "a")
    assert framing_profile(doc, segment(doc)).hedges == ("presuntamente",)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The new inhaler may reduce asthma attacks in children, the trust said.",
            "The new inhaler cuts asthma attacks in children, the trust said.",
            ("may", "cuts"),
            id="may_reduce_and_cuts",
        ),
        pytest.param(
            "A herbal tonic may ease how often patients suffer headaches, doctors found.",
            "A herbal tonic cures headaches, doctors found.",
            ("may", "cures"),
            id="may_ease_and_cures",
        ),
        pytest.param(
            "The vaccine is associated with a lower rate of hospital stays among the elderly.",
            "The vaccine prevents hospital stays among the elderly.",
            ("is associated with", "prevents"),
            id="associated_with_and_prevents",
        ),
        pytest.param(
            "The new bus lane could help commuters on the east side.",
            "The new bus lane fixes the problem for commuters on the east side.",
            ("could", "fixes"),
            id="could_help_and_fixes",
        ),
    ],
)
def test_a_hedged_claim_stated_by_another_verb_drops_the_hedge(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """A modal of possibility or a link ("is associated with") in whose place the other version
    states the claim by another verb drops the hedge, named with that verb; read the other way
    round, it adds it."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("hedge_removed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("hedge_added", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The inhaler may reduce attacks, the trust said.",
            "The trust said the inhaler might cut attacks.",
            id="hedge_moved_elsewhere",
        ),
        pytest.param(
            "The inhaler may reduce attacks.",
            "The inhaler could cut attacks.",
            id="both_hedged",
        ),
        pytest.param(
            "The council may close 12 libraries.",
            "The council plans to close 12 libraries.",
            id="a_plan_is_no_certainty",
        ),
        pytest.param(
            "Firefighters could reach the flat from a ladder.",
            "Firefighters reached the flat from a ladder.",
            id="could_in_the_past_is_ability",
        ),
        pytest.param(
            "Scans lit up a part of the brain associated with fear.",
            "Scans lit up a part of the brain called the amygdala.",
            id="a_link_that_tells_what_a_thing_is",
        ),
    ],
)
def test_a_hedge_is_not_dropped_where_the_other_version_still_hedges(a: str, b: str) -> None:
    """No hedge is dropped where the other version hedges the claim elsewhere or in other
    words, plans rather than states, tells what one was able to do, or where the link only says
    what a thing is."""
    assert [n.kind for n in framing_notes(a, b) if n.kind.startswith("hedge")] == []


@pytest.mark.parametrize(
    ("a", "b", "hedges"),
    [
        pytest.param(
            "Students who used phones late at night were more likely to say they felt tired.",
            "Students who used phones late at night said they felt tired.",
            [],
            id="a_comparison_of_chances_dropped",
        ),
        pytest.param(
            "The council will likely approve the plan on Tuesday.",
            "The council will approve the plan on Tuesday.",
            ["likely"],
            id="a_hedge_dropped",
        ),
    ],
)
def test_more_likely_compares_and_hedges_nothing(a: str, b: str, hedges: list[str]) -> None:
    """A pair note names a dropped "likely" only where it hedges ("will likely approve"), not
    where it compares ("more likely to say"); nor does a profile count it."""
    assert [n.a for n in framing_notes(a, b) if n.kind.startswith("hedge")] == hedges
    profiled = document(a, "a", "Ledger")
    assert list(framing_profile(profiled, segment(profiled)).hedges) == hedges


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The trust said the results were preliminary and should be checked in a larger trial.",
            "The trust said the results should be checked in a larger trial.",
            "were preliminary",
            id="were_preliminary",
        ),
        pytest.param(
            "A new footbridge over the Tame is planned for 2027, subject to funding.",
            "A new footbridge over the Tame is planned for 2027.",
            "subject to funding",
            id="subject_to_funding",
        ),
        pytest.param(
            "The homes will be built on the old depot site, subject to planning approval.",
            "The homes will be built on the old depot site.",
            "subject to planning approval",
            id="subject_to_planning_approval",
        ),
        pytest.param(
            "The compound slowed tumour growth in mice, the researchers reported.",
            "The compound slowed tumour growth, the researchers reported.",
            "in mice",
            id="in_mice",
        ),
        pytest.param(
            "The trial, which enrolled only 36 patients, found fewer relapses.",
            "The trial, which enrolled 36 patients, found fewer relapses.",
            "only",
            id="only_36_patients",
        ),
        pytest.param(
            "A 2023 survey valued the depot at £2.6 million before the cost of clearing asbestos "
            "was taken into account.",
            "A 2023 survey valued the depot at £2.6 million.",
            "before the cost of",
            id="figure_before_a_cost",
        ),
        pytest.param(
            "The bus operator made a profit of £4.1m, excluding the one-off fuel subsidy.",
            "The bus operator made a profit of £4.1m.",
            "excluding",
            id="figure_excluding_a_part",
        ),
        pytest.param(
            "The bridge repairs will cost £900,000, not including the temporary ferry.",
            "The bridge repairs will cost £900,000.",
            "not including",
            id="figure_not_including_a_part",
        ),
    ],
)
def test_a_dropped_caveat_is_noted(a: str, b: str, expected: str) -> None:
    """A caveat that the claim holds so far, on a condition or in a small or animal test, or
    that a figure leaves a part out ("before the cost of", "excluding"), dropped, is a hedge or
    caveat removed, named by its words."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("hedge_removed", expected, "")]


def test_a_caveat_moved_is_no_caveat_dropped() -> None:
    """A caveat both versions write, in another place, is neither added nor dropped; nor is
    "only" before a count of no sample ("only 12 buses")."""
    moved = framing_notes(
        "The depot will reopen in May, subject to funding.",
        "Subject to funding, the depot will reopen in May.",
    )
    assert [n.kind for n in moved] == []
    assert framing_notes("Only 12 buses ran on Sunday.", "12 buses ran on Sunday.") == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The review found the effect of the new timetable was small.",
            "The review found the effect of the new timetable was large.",
            ("small", "large"),
            id="small_and_large",
        ),
        pytest.param(
            "Inspectors recorded a modest improvement in waiting times.",
            "Inspectors recorded a dramatic improvement in waiting times.",
            ("modest", "dramatic"),
            id="modest_and_dramatic",
        ),
        pytest.param(
            "Rents saw a slight rise in the city centre last year.",
            "Rents saw a sharp rise in the city centre last year.",
            ("slight", "sharp"),
            id="slight_and_sharp",
        ),
    ],
)
def test_a_reversed_size_is_noted(a: str, b: str, expected: tuple[str, str]) -> None:
    """A word of a small size in place of one of a large size, between the same words, is a
    size reversed, both named, and the other way round read the other way round."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("size_reversed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("size_reversed", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Un 4 % de los pacientes tratados tuvo efectos adversos leves, según el hospital.",
            "Un 4 % de los pacientes tratados tuvo efectos adversos graves, según el hospital.",
            ("leves", "graves"),
            id="spanish_mild_and_serious",
        ),
        pytest.param(
            "Los transportistas anticipan un leve aumento del pasaje en abril.",
            "Los transportistas anticipan un fuerte aumento del pasaje en abril.",
            ("leve", "fuerte"),
            id="spanish_slight_and_sharp",
        ),
        pytest.param(
            "La préfecture signale une légère hausse des accidents sur la rocade.",
            "La préfecture signale une forte hausse des accidents sur la rocade.",
            ("légère", "forte"),
            id="french_slight_and_sharp",
        ),
        pytest.param(
            "Zwei Fahrgäste erlitten leichte Verletzungen, teilte die Polizei mit.",
            "Zwei Fahrgäste erlitten schwere Verletzungen, teilte die Polizei mit.",
            ("leichte", "schwere"),
            id="german_slight_and_serious",
        ),
    ],
)
def test_a_reversed_size_is_noted_in_spanish_french_and_german(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """A slight harm or change told as a grave or sharp one in Spanish, French or German is a
    size reversed, named once: "leves" is no caveat dropped besides."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("size_reversed", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("size_reversed", *reversed(expected))
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Un 4 % de los pacientes tratados tuvo efectos adversos leves, según el hospital.",
            "Un 4 % de los pacientes tratados tuvo efectos adversos, según el hospital.",
            id="mild_side_effects",
        ),
        pytest.param(
            "El choque entre dos colectivos dejó tres heridos leves en Avellaneda.",
            "El choque entre dos colectivos dejó tres heridos en Avellaneda.",
            id="lightly_injured",
        ),
    ],
)
def test_a_spanish_harm_told_slight_and_then_not_drops_a_caveat(a: str, b: str) -> None:
    """ "Leves" after a word of harm ("heridos", "efectos adversos") is the caveat of how slight
    it was: a version that leaves it out drops it."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("hedge_removed", "leves", "")]


def test_a_size_is_reversed_only_in_the_same_statement() -> None:
    """A size word kept, with words added after it, reverses nothing."""
    assert framing_notes("The rise was small.", "The rise was small but steady.") == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Detectives arrested the care home's owner on suspicion of gross negligence "
            "manslaughter, police said.",
            "Detectives questioned the care home's owner in connection with the deaths, police "
            "said.",
            ("arrested, on suspicion of gross negligence manslaughter", "questioned"),
            id="arrested_on_suspicion_and_questioned",
        ),
        pytest.param(
            "Two teenagers were charged following the stabbing, police said.",
            "Two teenagers were arrested following the stabbing, police said.",
            ("charged", "arrested"),
            id="charged_following_and_arrested_following",
        ),
        pytest.param(
            "A man has been charged in connection with the robbery in Hull.",
            "A man has been detained in connection with the robbery in Hull.",
            ("charged", "detained"),
            id="charged_and_detained_in_connection_with",
        ),
        pytest.param(
            "Police charged two men with murder on Friday.",
            "Police arrested two men over the murder on Friday.",
            ("charged", "arrested"),
            id="charged_with_and_arrested_over",
        ),
        pytest.param(
            "Police charged the van driver with dangerous driving.",
            "Police arrested the van driver.",
            ("charged", "arrested"),
            id="charged_and_arrested",
        ),
        pytest.param(
            "Officers arrested two teenagers near the station.",
            "Officers detained two teenagers near the station.",
            ("arrested", "detained"),
            id="arrested_and_detained",
        ),
        pytest.param(
            "Police arrested a 41-year-old man on suspicion of arson.",
            "Police arrested a 41-year-old man.",
            ("on suspicion of arson", ""),
            id="suspicion_dropped",
        ),
        pytest.param(
            "The regulator said it had launched a formal investigation into the charity.",
            "The regulator said it had received a complaint about the charity.",
            ("launched a formal investigation", "received a complaint"),
            id="investigation_told_as_a_complaint",
        ),
        pytest.param(
            "Detectives have opened an inquiry into the missing funds.",
            "Detectives are considering whether to open an inquiry into the missing funds.",
            ("opened an inquiry", "considering whether"),
            id="inquiry_told_as_considered",
        ),
        pytest.param(
            "The headteacher was forced to resign last month.",
            "The headteacher resigned last month.",
            ("forced to resign", "resigned"),
            id="forced_to_resign_told_as_resigned",
        ),
        pytest.param(
            "Cllr Ruth Penhale was forced to step aside from her cabinet role pending the review.",
            "Cllr Ruth Penhale has voluntarily stepped aside from her cabinet role pending the review.",
            ("forced to step aside", "stepped aside"),
            id="forced_to_step_aside_told_as_chosen",
        ),
        pytest.param(
            "The club's treasurer was forced to stand down after the audit.",
            "The club's treasurer stood down after the audit.",
            ("forced to stand down", "stood down"),
            id="forced_to_stand_down_told_as_stood_down",
        ),
        pytest.param(
            "Residents were forced to leave their homes before the demolition.",
            "Residents voluntarily left their homes before the demolition.",
            ("forced to", "voluntarily"),
            id="forced_told_as_voluntary",
        ),
        pytest.param(
            "Club chairman forced out over ticket scandal",
            "Club chairman steps down after ticket review",
            ("forced out", "steps down"),
            id="headline_forced_out_told_as_stepping_down",
        ),
        pytest.param(
            "An audit found the trust had spent £8,000 on hospitality.",
            "An audit questioned the trust's £8,000 spending on hospitality.",
            ("audit found", "audit questioned"),
            id="audit_found_told_as_questioned",
        ),
    ],
)
def test_a_softened_allegation_is_noted(a: str, b: str, expected: tuple[str, str]) -> None:
    """An arrest told as questioning, a charge as an arrest, a suspected offence dropped, an
    investigation opened told as a complaint received or weighed, a resignation forced told as
    one chosen, or what an audit found told as what it questioned, softens the allegation; read
    the other way round, it hardens it (acceptance round 36, a6)."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [("allegation_softened", *expected)]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("allegation_hardened", *reversed(expected))
    ]


def test_an_arrest_told_as_questioning_in_the_passive_softens_and_drops_the_agent() -> None:
    """ "Harwick police arrested two men" against "Two men were questioned": the allegation is
    softened though the verb moved with the voice, and who made the arrest is gone; read the
    other way round, both come back."""
    a = "Harwick police arrested two men Wednesday in connection with a string of break-ins."
    b = "Two men were questioned Wednesday in connection with a string of break-ins."
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == [
        ("allegation_softened", "arrested", "questioned"),
        ("agent_removed", "Harwick police arrested", "men were questioned"),
    ]
    assert [(n.kind, n.a, n.b) for n in framing_notes(b, a)] == [
        ("allegation_hardened", "questioned", "arrested"),
        ("agent_added", "men were questioned", "Harwick police arrested"),
    ]


def test_ignored_told_as_overlooked_softens_beside_the_hedge() -> None:
    """ "Had ignored a warning" against "may have overlooked advice" adds a hedge and softens
    the allegation."""
    notes = framing_notes(
        "The landlord had ignored a warning from fire inspectors.",
        "The landlord may have overlooked advice from fire inspectors.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [
        ("hedge_added", "", "may have"),
        ("allegation_softened", "ignored", "overlooked"),
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Police questioned two men and arrested a third.",
            "Police arrested a third man and questioned two others.",
            id="both_verbs_in_both",
        ),
        pytest.param(
            "Police questioned the site manager.",
            "Detectives interviewed the site manager.",
            id="same_level",
        ),
        pytest.param(
            "Police arrested a man on suspicion of burglary.",
            "Police arrested a man over a burglary.",
            id="offence_still_named",
        ),
        pytest.param(
            "She was forced to resign after the vote.",
            "She was forced out after the vote.",
            id="forced_out_both_ways",
        ),
        pytest.param(
            "Police received a complaint and opened an investigation.",
            "Police opened an investigation after receiving a complaint.",
            id="investigation_opened_in_both",
        ),
    ],
)
def test_an_allegation_told_as_firmly_is_not_softened(a: str, b: str) -> None:
    """Both versions writing both verbs or phrases, words or phrases of one level, or the offence
    still named soften nothing."""
    kinds = [n.kind for n in framing_notes(a, b)]
    assert "allegation_softened" not in kinds
    assert "allegation_hardened" not in kinds


@pytest.mark.parametrize(
    ("charge", "verdict", "expected"),
    [
        pytest.param(
            "A Harbury councillor has been charged with misconduct in public office over a "
            "£900,000 parking contract.",
            "A Harbury councillor has been found guilty of misconduct in public office over a "
            "£900,000 parking contract.",
            ("charged with", "found guilty of"),
            id="charged_with_and_found_guilty_of",
        ),
        pytest.param(
            "A Harbury councillor has been charged with misconduct in public office.",
            "A Harbury councillor is guilty of misconduct in public office.",
            ("has been charged with", "is guilty of"),
            id="charged_with_and_is_guilty_of",
        ),
        pytest.param(
            "The Lowmoor bookkeeper was arrested on suspicion of theft from the church fund.",
            "The Lowmoor bookkeeper was convicted of theft from the church fund.",
            ("arrested on suspicion", "convicted"),
            id="arrested_on_suspicion_and_convicted",
        ),
        pytest.param(
            "Mr Dale, who is on trial accused of fraud, told jurors he had kept no records.",
            "Mr Dale, who is guilty of fraud, told jurors he had kept no records.",
            ("on trial accused", "guilty"),
            id="on_trial_and_guilty",
        ),
        pytest.param(
            "The owner of a Kelsey roofing firm has been charged with gross negligence "
            "manslaughter after an apprentice fell from a roof in Harbury.",
            "The owner whose gross negligence killed an apprentice who fell from a roof in "
            "Harbury has been charged with manslaughter.",
            ("charged with gross negligence manslaughter", "gross negligence killed"),
            id="the_charges_ground_told_as_a_deed",
        ),
    ],
)
def test_a_charge_told_as_a_verdict_hardens_the_allegation(
    charge: str, verdict: str, expected: tuple[str, str]
) -> None:
    """A charge, an arrest or a trial told as a conviction is a change of legal status, the
    allegation hardened; read the other way round, a verdict told as a charge softens it."""
    hardened = [
        (n.a, n.b) for n in framing_notes(charge, verdict) if n.kind == "allegation_hardened"
    ]
    softened = [
        (n.a, n.b) for n in framing_notes(verdict, charge) if n.kind == "allegation_softened"
    ]
    assert hardened == [expected]
    assert softened == [expected[::-1]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Mr Lane, 52, of Kelsey Road, denies murder.",
            "Mr Lane, 52, of Kelsey Road, has pleaded not guilty to murder.",
            id="denies_and_pleaded_not_guilty",
        ),
        pytest.param(
            "Ms Okoro was found guilty of fraud at Harbury Crown Court in May.",
            "Ms Okoro was convicted of fraud at Harbury Crown Court in May.",
            id="found_guilty_and_convicted",
        ),
    ],
)
def test_a_plea_or_a_verdict_told_alike_changes_no_legal_status(a: str, b: str) -> None:
    """ "Pleaded not guilty" tells no verdict, and two words of one verdict tell the same."""
    kinds = {n.kind for n in framing_notes(a, b)} | {n.kind for n in framing_notes(b, a)}
    assert not kinds & {"allegation_hardened", "allegation_softened"}


@pytest.mark.parametrize(
    "kept",
    [
        pytest.param(
            "The owner of a Kelsey roofing firm faces a gross negligence manslaughter charge "
            "after an apprentice fell from a roof in Harbury.",
            id="the_charge_named_by_its_crime",
        ),
        pytest.param(
            "The owner of a Kelsey roofing firm has been charged with manslaughter after an "
            "apprentice fell from a roof in Harbury.",
            id="the_ground_left_out",
        ),
    ],
)
def test_a_charge_kept_or_shortened_tells_no_ground_as_a_deed(kept: str) -> None:
    """A charge's ground kept in the charge, or left out with it, hardens nothing."""
    charge = (
        "The owner of a Kelsey roofing firm has been charged with gross negligence manslaughter "
        "after an apprentice fell from a roof in Harbury."
    )
    kinds = {n.kind for n in framing_notes(charge, kept)} | {
        n.kind for n in framing_notes(kept, charge)
    }
    assert not kinds & {"allegation_hardened", "allegation_softened", "hedge_removed"}


def test_a_charge_graded_gross_hedges_as_the_crime_alone_does() -> None:
    """ "Charged with gross negligence manslaughter" is the charge "charged with manslaughter"
    shortens: no hedge added by the shorter version."""
    graded = (
        "The director of Ferrow Access has been charged with gross negligence manslaughter "
        "after a scaffolder fell from a roof in Kelsey."
    )
    shortened = graded.replace("gross negligence manslaughter", "manslaughter")
    assert framing_notes(graded, shortened) == ()


def test_an_arrest_told_for_the_offence_drops_on_suspicion_of() -> None:
    """ "Arrested for theft" tells the offence as the arrest's cause, a fact: against "arrested
    on suspicion of theft" it drops the hedge; "arrested over the theft" ties the arrest to an
    event and drops none."""
    suspected = "A 41-year-old woman from Lowmoor was arrested on suspicion of theft, police said."
    asserted = "A 41-year-old woman from Lowmoor was arrested for theft, police said."
    tied = "A 41-year-old woman from Lowmoor was arrested over the theft, police said."
    assert [(n.kind, n.a, n.b) for n in framing_notes(suspected, asserted)] == [
        ("hedge_removed", "on suspicion of", "")
    ]
    assert [(n.kind, n.a, n.b) for n in framing_notes(asserted, suspected)] == [
        ("hedge_added", "", "on suspicion of")
    ]
    assert framing_notes(suspected, tied) == ()


@pytest.mark.parametrize(
    ("attributed", "stated", "attribution"),
    [
        pytest.param(
            "A delivery driver ran down a cyclist on the Kelsey ring road after a row at "
            "traffic lights, a jury has heard.",
            "A delivery driver ran down a cyclist on the Kelsey ring road after a row at "
            "traffic lights.",
            "a jury has heard",
            id="a_jury_has_heard",
        ),
        pytest.param(
            "Jurors were told the van had been stolen from a Harbury yard two days earlier.",
            "The van had been stolen from a Harbury yard two days earlier.",
            "Jurors were told",
            id="jurors_were_told",
        ),
        pytest.param(
            "The doorman was punched twice outside the Crown bar, Harbury Magistrates' Court "
            "heard.",
            "The doorman was punched twice outside the Crown bar.",
            "Harbury Magistrates' Court heard",
            id="the_court_heard",
        ),
    ],
)
def test_a_court_report_attribution_dropped_states_the_case_as_fact(
    attributed: str, stated: str, attribution: str
) -> None:
    """ "A jury has heard" credits the prosecution's case to the court: dropped, the paper tells
    it in its own voice."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(attributed, stated)] == [
        ("attribution_removed", attribution, "")
    ]


def test_a_charge_over_claims_told_as_fact_drops_the_hedge() -> None:
    """ "Charged over claims he took bribes" hedges the bribes as an allegation; "who took
    bribes ... has been charged" tells them as fact. "Over allegations" hedges alike."""
    claimed = "A planning officer has been charged over claims he took £15,000 in bribes."
    stated = "A planning officer who took £15,000 in bribes has been charged."
    alleged = "A planning officer has been charged over allegations he took £15,000 in bribes."
    assert [(n.kind, n.a, n.b) for n in framing_notes(claimed, stated)] == [
        ("hedge_removed", "over claims", "")
    ]
    assert framing_notes(claimed, alleged) == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "The researchers caution that the difference was not statistically significant.",
            {"caution", "not statistically significant"},
            id="caution_and_significance",
        ),
        pytest.param(
            "The survey shows an association and cannot show that screens cause poor sleep.",
            {"cannot show"},
            id="cannot_show_a_cause",
        ),
        pytest.param(
            "The findings may not apply to older adults.", {"may not apply"}, id="may_not_apply"
        ),
        pytest.param(
            "The authors list several limitations of the trial.", {"limitations"}, id="limitations"
        ),
        pytest.param(
            "The results are preliminary and come from a small study.",
            {"are preliminary", "small study"},
            id="preliminary_small_study",
        ),
        pytest.param(
            "The claim could not be independently verified.",
            {"could not be independently verified"},
            id="a_hedge",
        ),
        pytest.param("Walking every day eases back pain.", set(), id="a_plain_claim"),
        pytest.param(
            "Pupils who used phones late were also more likely to say they felt tired.",
            set(),
            id="more_likely_compares",
        ),
        pytest.param(
            "Patients on the drug were less likely to need surgery.", set(), id="less_likely"
        ),
        pytest.param(
            "Older patients were the group most likely to drop out.", set(), id="most_likely_to"
        ),
        pytest.param(
            "The council will likely approve the plan.", {"likely"}, id="will_likely_hedges"
        ),
        pytest.param(
            "The fire was most likely caused by a faulty heater.",
            {"likely"},
            id="most_likely_caused_hedges",
        ),
        pytest.param(
            "The researchers stressed that the study was observational and could not prove"
            " cause and effect.",
            {"observational", "could not prove", "cause and effect"},
            id="observational_could_not_prove_cause_and_effect",
        ),
        pytest.param(
            "The authors adjusted for diet and smoking but said some residual confounding may"
            " remain.",
            {"confounding"},
            id="residual_confounding",
        ),
        pytest.param(
            "The mouse findings have not yet been replicated in humans.",
            {"not yet been replicated"},
            id="not_yet_replicated_in_humans",
        ),
        pytest.param(
            "The paper, posted as a preprint, has not been peer-reviewed.",
            {"preprint", "not been peer-reviewed"},
            id="a_preprint_not_peer_reviewed",
        ),
        pytest.param(
            "Further research is needed before the diet can be recommended, Dr Okafor said.",
            {"further research is needed"},
            id="further_research_is_needed",
        ),
        pytest.param(
            "His lawyer said the defence would appeal and that no evidence of bribery had been "
            "shown at the trial.",
            set(),
            id="reported_by_the_lawyer",
        ),
        pytest.param(
            "Officials said there was no evidence of sabotage at the plant.",
            set(),
            id="reported_after_there_was",
        ),
        pytest.param(
            "His lawyer claimed no evidence of bribery had been shown at the trial.",
            set(),
            id="reported_straight_after_the_verb",
        ),
        pytest.param(
            "The mayor blamed the unions for the delays but offered no evidence.",
            {"no evidence"},
            id="the_writers_own_caveat",
        ),
    ],
)
def test_a_sentences_caveats_are_its_hedges_and_listed_caveats(text: str, found: set[str]) -> None:
    """A sentence holds a caveat a copy drops with it when it writes a hedge or one of the
    listed caveats of a study's limits; "more likely to" and "less likely to" compare two
    groups' chances and hedge nothing, "will likely" and "most likely caused" do; "no evidence"
    in the clause a verb of saying reports is the speaker's rebuttal or finding, no caveat of
    the writer's."""
    assert caveats_in(words(text), text) == found


@pytest.mark.parametrize(
    ("kept", "found"),
    [
        pytest.param({"380,000"}, {"could"}, id="a_figure_the_copy_keeps"),
        pytest.param({"2.25"}, set(), id="no_figure_the_copy_keeps"),
    ],
)
def test_a_possibility_beside_a_figure_the_copy_keeps_is_a_caveat(
    kept: set[str], found: set[str]
) -> None:
    """ "The estimate of $380,000 ... could be lower" qualifies a figure: left out by a copy
    that keeps the $380,000, its "could" is a caveat dropped; beside no figure the copy gives,
    it is the sentence's own possibility."""
    text = "Greer said the estimate of $380,000 could be lower if drivers shift to the free lots."
    assert caveats_in(words(text), text, kept) == found


LEDE = "Harbor Micro Devices reported {} revenue of $1.2 billion on Thursday."


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("third-quarter", "Q3", [], id="hyphened_quarter_as_q3"),
        pytest.param("fourth-quarter", "Q4", [], id="fourth_quarter_as_q4"),
        pytest.param("first-half", "H1", [], id="first_half_as_h1"),
        pytest.param(
            "third-quarter",
            "fourth-quarter",
            [("number_changed", "third-quarter", "fourth-quarter")],
            id="hyphened_quarter_changed",
        ),
        pytest.param(
            "third-quarter", "Q4", [("number_changed", "third-quarter", "Q4")], id="quarter_to_q4"
        ),
        pytest.param("Q3", "Q4", [("number_changed", "Q3", "Q4")], id="q3_to_q4"),
        pytest.param(
            "first-half", "H2", [("number_changed", "first-half", "H2")], id="first_half_to_h2"
        ),
        pytest.param(
            "first-quarter",
            "second-quarter",
            [("number_changed", "first-quarter", "second-quarter")],
            id="first_quarter_changed",
        ),
    ],
)
def test_a_quarter_or_half_of_a_year_is_one_figure_in_any_form(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Wire copy's "third-quarter revenue", "revenue in the third quarter" and "Q3 revenue"
    name one period, no number added; another quarter or half is a changed figure, not "number
    added: 4" (acceptance 27 #5)."""
    notes = framing_notes(LEDE.format(a), LEDE.format(b))
    assert [(n.kind, n.a, n.b) for n in notes] == expected


def test_a_quarter_in_words_is_the_same_period_as_its_letter() -> None:
    """A quarter as "in the third quarter" is "in Q3", and "in the second quarter" another period."""
    a = "Revenue rose 2% in the third quarter, the company said."
    assert framing_notes(a, a.replace("the third quarter", "Q3")) == ()
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, a.replace("third", "second"))] == [
        ("number_changed", "third quarter", "second quarter")
    ]


CLOSE = "Shares of Harbor Micro rose 3.5% in extended trading after the results came out {}."


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "at 4:15 p.m. ET",
            "at 4:15 p.m. GMT",
            [("number_changed", "4:15 p.m. ET", "4:15 p.m. GMT")],
            id="zone_changed",
        ),
        pytest.param(
            "by 1400 GMT",
            "by 1400 BST",
            [("number_changed", "1400 GMT", "1400 BST")],
            id="wire_clock_zone_changed",
        ),
        pytest.param("by 1400 GMT", "by 2 p.m. GMT", [], id="one_time_two_clocks"),
        pytest.param("by 1400 GMT", "by 10 a.m. ET", [], id="one_instant_in_daylight_time"),
        pytest.param("at 4:15 p.m. ET", "at 1615 ET", [], id="wire_clock_in_a_us_zone"),
        pytest.param("at 4:15 p.m. ET", "at 4:15 p.m.", [], id="zone_left_out"),
    ],
)
def test_a_time_of_day_is_compared_in_its_zone(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A time given in another zone ("4:15 p.m. ET" as "4:15 p.m. GMT") is a changed time, shown
    with its zones; one instant in two zones ("1400 GMT", "10 a.m. ET", Eastern daylight time)
    is one, and a time with its zone left out changes none (acceptance 27 #7)."""
    notes = framing_notes(CLOSE.format(a), CLOSE.format(b))
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The fund posted a net outflow of -$12 million in March, Lipper data showed.",
            "The fund posted a net outflow of $12 million in March, Lipper data showed.",
            [("number_changed", "-$12 million", "$12 million")],
            id="minus_before_the_dollar_sign",
        ),
        pytest.param(
            "The fund posted a net outflow of $-12 million in March, Lipper data showed.",
            "The fund posted a net outflow of $12 million in March, Lipper data showed.",
            [("number_changed", "$-12 million", "$12 million")],
            id="minus_after_the_dollar_sign",
        ),
        pytest.param(
            "Funds took in 12.5 million and saw an outflow of -$12 million in May.",
            "Funds took in 12.5 million and saw an outflow of $12 million in May.",
            [("number_changed", "-$12 million", "$12 million")],
            id="minus_after_a_number_opening_with_its_digits",
        ),
        pytest.param(
            "Exports rose 5% in May and the trade balance was -$3 billion, customs data showed.",
            "Exports fell 5% in May and the trade balance was $3 billion, customs data showed.",
            [
                ("number_changed", "-$3 billion", "$3 billion"),
                ("direction_reversed", "rose", "fell"),
            ],
            id="a_sign_turned_apart_from_a_direction_reversed",
        ),
        pytest.param(
            "Exports rose 5% in May and the balance was -2.1%, customs data showed.",
            "Exports fell 5% in May and the balance was 2.1%, customs data showed.",
            [("number_changed", "-2.1%", "2.1%"), ("direction_reversed", "rose", "fell")],
            id="a_share_turned_apart_from_a_direction_reversed",
        ),
        pytest.param(
            "Core inflation came in at -0.1% in May, the statistics office said.",
            "Core inflation came in at 0.1% in May, the statistics office said.",
            [("number_changed", "-0.1%", "0.1%")],
            id="share_below_zero",
        ),
        pytest.param(
            "The benchmark index returned \u22123.2% last year, its worst since 2008.",
            "The benchmark index returned 3.2% last year, its worst since 2008.",
            [("number_changed", "-3.2%", "3.2%")],
            id="unicode_minus_sign",
        ),
        pytest.param(
            "The economy grew -0.1% in the quarter, the statistics office said.",
            "The economy shrank -0.1% in the quarter, the statistics office said.",
            [("direction_reversed", "grew", "shrank")],
            id="same_sign_opposite_direction",
        ),
        pytest.param(
            "Official data showed growth of 0.1% in the third quarter.",
            "Official data showed a contraction of 0.1% in the third quarter.",
            [("direction_reversed", "growth", "contraction")],
            id="growth_against_a_contraction",
        ),
        pytest.param(
            "The central bank cut rates by 25bp on Thursday, its first cut in four years.",
            "The central bank cut rates by 50bps on Thursday, its first cut in four years.",
            [("number_changed", "25bp", "50bps")],
            id="bp_against_bps",
        ),
        pytest.param(
            "The central bank cut rates by 25 bps on Thursday, its first cut in four years.",
            "The central bank cut rates by 2.5 percentage points on Thursday, its first cut in four years.",
            [("number_changed", "25 bps", "2.5 percentage points")],
            id="bps_against_ten_times_the_points",
        ),
        pytest.param(
            "Toyota will invest 50 billion yen in the plant, the company said.",
            "Toyota will invest 50 billion yuan in the plant, the company said.",
            [("currency_changed", "JPY", "CNY")],
            id="yen_against_yuan",
        ),
    ],
)
def test_a_markets_figure_changed_is_noted(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A sign, a direction, basis points as "bp" and a currency named differ as written."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The economy grew -0.1% in the quarter, the statistics office said.",
            "The economy shrank 0.1% in the quarter, the statistics office said.",
            id="grew_below_zero_as_shrank",
        ),
        pytest.param(
            "The fund's assets rose -$12 million in the week to Wednesday.",
            "The fund's assets fell $12 million in the week to Wednesday.",
            id="rose_below_zero_as_fell",
        ),
        pytest.param(
            "The benchmark index returned \u22123.2% last year, its worst since 2008.",
            "The benchmark index returned -3.2% last year, its worst since 2008.",
            id="unicode_minus_as_hyphen",
        ),
        pytest.param(
            "The central bank cut rates by 25bp on Thursday, its first cut in four years.",
            "The central bank cut rates by 0.25 percentage point on Thursday, its first cut in four years.",
            id="bp_as_hundredths_of_a_point",
        ),
        pytest.param(
            "The central bank cut rates by 25 bps on Thursday, its first cut in four years.",
            "The central bank cut rates by 25 basis points on Thursday, its first cut in four years.",
            id="bps_as_basis_points",
        ),
        pytest.param(
            "Alibaba will spend \u00a550 billion on data centres, the company said.",
            "Alibaba will spend 50 billion yuan on data centres, the company said.",
            id="yen_sign_as_yuan",
        ),
        pytest.param(
            "Toyota will invest \u00a550 billion in the plant, the company said.",
            "Toyota will invest 50 billion yen in the plant, the company said.",
            id="yen_sign_as_yen",
        ),
        pytest.param(
            "Analysts expect 10-12 job cuts at the U-2 plant from 2024-05-01 after the 3-1 vote.",
            "Analysts expect 10-12 job cuts at the U-2 plant from 2024-05-01 after the 3-1 vote, the memo said.",
            id="hyphens_that_are_no_minus",
        ),
    ],
)
def test_a_markets_figure_told_alike_is_no_change(a: str, b: str) -> None:
    """A sign turned by a word of the opposite direction, "bp" for basis points and a bare "¥"
    for the yen or the yuan say the same, and no hyphen of a range, name, date or score is a
    minus."""
    figures = {"number_changed", "number_added", "number_removed", "number_converted"}
    figures |= {"currency_changed", "direction_reversed"}
    assert [n for n in framing_notes(a, b) if n.kind in figures] == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "A missile strike on a market killed at least 14 civilians and wounded 37 on Friday.",
            "DORNOVO, March 14 - A missile strike on a market killed 4 civilians and wounded 12 "
            "on Friday.",
            [
                ("number_changed", "14", "4"),
                ("number_changed", "37", "12"),
                ("estimate_changed", "at least", ""),
            ],
            id="a_toll_cut_beside_a_datelines_day",
        ),
        pytest.param(
            "Muller headed the winner in the 93rd minute as Northbridge beat Castlegate 3-2.",
            "Muller headed the winner in the 39th minute as Northbridge beat Castlegate 2-3.",
            [("number_changed", "93rd minute", "39th minute"), ("number_changed", "3-2", "2-3")],
            id="a_score_turned_beside_a_minute_changed",
        ),
        pytest.param(
            "Strokes struck 2.9 per 1,000 patients on the drug, against 4.2 per 1,000 on placebo.",
            "Strokes struck 2.9% of patients on the drug, against 4.2% on placebo.",
            [
                ("number_changed", "2.9 per 1,000", "2.9%"),
                ("number_changed", "4.2 per 1,000", "4.2%"),
            ],
            id="a_rate_per_thousand_told_as_a_percentage",
        ),
        pytest.param(
            "The survey found 31% of adults skip breakfast.",
            "The survey found a third of adults skip breakfast.",
            [("number_rounded", "31%", "a third")],
            id="a_percentage_rounded_to_a_share_in_words",
        ),
        pytest.param(
            "Around 40% of adults sleep less than seven hours, the study found.",
            "Almost half of adults sleep less than seven hours, the study found.",
            [("number_changed", "around 40%", "Almost half")],
            id="a_percentage_swollen_to_a_share_in_words",
        ),
        pytest.param(
            "Those who ate broccoli were 31% less likely to develop bowel cancer.",
            "Those who ate broccoli were a third less likely to develop bowel cancer.",
            [("number_rounded", "31%", "a third")],
            id="a_percentage_less_likely_rounded_to_a_share",
        ),
        pytest.param(
            "Sulforaphane slowed the growth of tumours by around 40% over eight weeks.",
            "Sulforaphane slowed the growth of tumours by almost half over eight weeks.",
            [("number_changed", "around 40%", "almost half")],
            id="a_cut_by_a_percentage_swollen_to_almost_half",
        ),
        pytest.param(
            "Of riders who cycled to work most days, 43 percent said they felt calmer, against "
            "27 percent of those who drove.",
            "Of riders who cycled to work most days, more than four in 10 said they felt calmer, "
            "against about a quarter of those who drove.",
            [
                ("number_rounded", "43 percent", "more than four in 10"),
                ("number_rounded", "27 percent", "about a quarter"),
            ],
            id="percentages_rounded_to_a_count_of_ten_and_a_quarter",
        ),
        pytest.param(
            "Of riders who cycled to work most days, 43 percent said they felt calmer.",
            "Of riders who cycled to work most days, more than half said they felt calmer.",
            [("number_changed", "43 percent", "more than half")],
            id="a_percentage_swollen_past_half",
        ),
        pytest.param(
            "Of riders who cycled to work most days, 43 percent said they felt calmer.",
            "Of riders who cycled to work most days, more than six in 10 said they felt calmer.",
            [("number_changed", "43 percent", "more than six in 10")],
            id="a_percentage_swollen_to_a_count_of_ten",
        ),
        pytest.param(
            "The trial lasted 20% longer than planned.",
            "The trial ran for half an hour longer than planned.",
            [("number_removed", "20%", ""), ("number_added", "", "half")],
            id="half_an_hour_is_no_share",
        ),
    ],
)
def test_numbers_are_paired_by_what_they_count_before_one_is_added(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A count is set against the other's count of the same thing, a number both give is no
    number added, and a figure told another way (a score turned, a rate as a percentage, a
    percentage as a share in words) is one note."""
    notes = framing_notes(a, b)
    assert [
        (n.kind, n.a, n.b) for n in notes if n.kind.startswith(("number", "estimate"))
    ] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Muller scored twice as Northbridge beat Castlegate 3-2 at home.",
            "Muller was the hero as Northbridge beat Castlegate 3-2 before a crowd of 52,314.",
            [("number_removed", "twice", ""), ("number_added", "", "52,314")],
            id="goals_dropped_and_a_crowd_added",
        ),
        pytest.param(
            "Muller scored twice as Northbridge beat Castlegate at home.",
            "Muller scored three times as Northbridge beat Castlegate at home.",
            [("number_changed", "twice", "three times")],
            id="times_against_times",
        ),
        pytest.param(
            "Muller scored twice as Northbridge beat Castlegate at home.",
            "Muller scored 3 goals as Northbridge beat Castlegate at home.",
            [("number_changed", "twice", "3")],
            id="times_against_goals_told_by_the_same_verb",
        ),
    ],
)
def test_a_count_of_times_is_set_only_against_one_told_alike(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A count of times left over is changed into a count of another thing only where the
    same words tell both; else one is dropped and the other added."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_a_count_of_things_is_not_set_against_a_span_of_time() -> None:
    """A live post's "crews from four states" and an article's "could take up to 10 days", each
    beside one figure both give, count other things: one number dropped and one added, never
    "four" changed into "10 days"."""
    notes = framing_notes(
        "Tidewater Energy says outages peaked at 112,400 customers and crews from four states "
        "are on their way.",
        "Tidewater Energy said outages peaked at 112,400 customers and that full restoration "
        "could take up to 10 days.",
    )
    assert [(n.kind.value, n.a, n.b) for n in notes if n.kind.startswith("number")] == [
        ("number_removed", "four", ""),
        ("number_added", "", "10 days"),
    ]


def test_a_number_both_give_is_not_set_against_one_added() -> None:
    """A score both reports give is unchanged, though a number of the same value that one
    drops might have taken the other's: no note sets "3-2" against the crowd one adds."""
    notes = framing_notes(
        "Muller scored twice as Northbridge came from behind to beat Castlegate 3-2 on Saturday.",
        "Northbridge came from behind to beat Castlegate 3-2 in front of a crowd of 52,314.",
    )
    assert [n for n in notes if "3-2" in (n.a, n.b)] == []


def test_an_attribution_of_two_verbs_reads_alike_whatever_the_hash_seed() -> None:
    """Two verbs that cite one speaker ("Acme Foods said officials warned") give one attribution
    as written in every run: the verbs were read in a set's order, which Python's string hashing
    changes from one process to the next, and a note read "Acme Foods said" in one run and
    "Acme Foods said officials warned" in another."""
    script = (
        "from compare.framing import framing_notes\n"
        "print(framing_notes('Job cuts at the Carrow plant were announced in June.',"
        " 'Acme Foods said officials warned of job cuts at the Carrow plant in June.'))\n"
    )
    notes = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(4)
    }
    assert len(notes) == 1
    assert "b='Acme Foods said'" in notes.pop()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The bakery employs nine people, including two bakers who have worked there for "
            "more than 20 years.",
            "The bakery has nine employees, two of whom have worked there for more than two "
            "decades.",
            id="decades_as_years",
        ),
        pytest.param(
            "The mill reopened 10 years after the flood.",
            "The mill reopened a decade after the flood.",
            id="a_decade",
        ),
        pytest.param(
            "Veltmann agreed to buy Ardley for about \u00a33.1 billion ($4.2 billion) in cash.",
            "Veltmann agreed to buy Ardley for approximately \u00a33.1bn ($4.2bn) in cash.",
            id="about_and_approximately_before_a_conversion",
        ),
        pytest.param(
            "Kaneshiro maintains its annual dividend forecast of 60 yen per share.",
            "Kaneshiro kept its annual dividend forecast of 60 yen per share.",
            id="maintains_a_forecast_reports_nothing",
        ),
    ],
)
def test_one_quantity_or_statement_told_otherwise_is_no_note(a: str, b: str) -> None:
    """Years told in decades, a figure and its conversion in brackets qualified by words that
    mean one thing ("about", "approximately"), and a verb of saying that takes a thing, not a
    clause ("maintains its forecast"), make no note, either way round."""
    assert framing_notes(a, b) == ()
    assert framing_notes(b, a) == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Ardley shares rose 29% to 400.6 pence in London.",
            "Ardley shares soared 29% in London.",
            [("number_removed", "400.6 pence", "")],
            id="a_share_and_a_price_are_no_range",
        ),
        pytest.param(
            "The offer is a 32% premium to Friday's closing price, the companies said.",
            "The offer is a 32% premium to the closing price on 12 September, the companies said.",
            [("number_removed", "Friday", ""), ("number_added", "", "12 September")],
            id="a_weekday_against_a_date_of_the_calendar",
        ),
        pytest.param(
            "The offer is a 32% premium to Friday's closing price, the companies said.",
            "The offer is a 32% premium to Thursday's closing price, the companies said.",
            [("number_changed", "Friday", "Thursday")],
            id="a_weekday_against_another",
        ),
    ],
)
def test_numbers_not_one_change_are_dropped_and_added(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A price after a share's rise ("rose 29% to 400.6 pence") is no range of the two, and a
    day named by the week is no changed calendar date, which a sentence cannot check: each is
    a number dropped or added; a weekday in place of another is a change."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            '"We got every man out of the mine," said Simon Pryor.',
            '"We got every man out of the rnine," said Sirnon Pryor.',
            id="quotation_and_speaker_misread",
        ),
        pytest.param(
            "The last cage came up at nightfall.",
            "The 1ast cage came up at nightfa11.",
            id="digits_read_for_letters",
        ),
        pytest.param(
            "The bank will reopen today, Mr. Voss believed.",
            "The bank will reopen to-day, Mr. Voss bclieved.",
            id="old_spelling_and_c_for_e",
        ),
        pytest.param(
            "The Department of Mines sent two inspectors.",
            "The Departrnent of Mines sent two inspectors.",
            id="name_misread",
        ),
    ],
)
def test_a_scan_misreading_a_word_frames_nothing(a: str, b: str) -> None:
    """A word one scan misreads (letters a scanner confuses, an old hyphenated spelling, a "1"
    read for an "l") is the word the other prints: no quotation, speaker, number, date, hedge or
    name changed."""
    assert framing_notes(a, b, scanned=True) == ()
    assert framing_notes(b, a, scanned=True) == ()


def test_a_copy_desks_edit_beside_a_misread_is_noted_and_the_misread_is_not() -> None:
    """A real edit next to a misread word is still noted, and a digit changed is a number
    changed, whatever the scan; the misread name beside the verb changed is no speaker changed."""
    notes = framing_notes(
        "The shaft flooded to 43 feet, Harmon said.",
        "The shaft f1ooded to 48 feet, Harrnon declared.",
    )
    assert {(n.kind, n.a, n.b) for n in notes} == {
        (FramingKind.ATTRIBUTION_VERB, "said", "declared"),
        (FramingKind.NUMBER_CHANGED, "43 feet", "48 feet"),
    }


def test_a_note_names_a_misread_word_as_its_scan_spells_it() -> None:
    """A quotation added that holds a misread word is shown as B prints it, so that it is found
    in B's text."""
    (note,) = framing_notes(
        "Harmon said the men in the mine were safe.",
        'Harmon said: "The men in the rnine are safe."',
    )
    assert (note.kind, note.b) == (FramingKind.QUOTE_ADDED, "The men in the rnine are safe.")


@pytest.mark.usefixtures("package_terms_after")
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Le recours au 49.3 a provoqué la colère des oppositions, réunies dès lundi soir.",
            "Le recours au 49.3 a provoqué l\u2019hystérie des oppositions, réunies dès lundi soir.",
            [("loaded_term_added", "", "hystérie")],
            id="after_l_curly",
        ),
        pytest.param(
            "Les députés de gauche ont quitté l'hémicycle pendant le discours du ministre.",
            "Les députés d'extrême gauche ont quitté l'hémicycle pendant le discours du ministre.",
            [("loaded_term_added", "", "extrême gauche")],
            id="phrase_after_d_straight",
        ),
        pytest.param(
            "La préfecture a interpellé un manifestant près de la gare de Nantes.",
            "La préfecture a interpellé l\u2019émeutier près de la gare de Nantes.",
            [("loaded_term_added", "", "émeutier")],
            id="one_of_two_forms",
        ),
    ],
)
def test_a_users_loaded_term_is_found_after_an_elided_article(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A loaded term a user adds is found after a French article or preposition cut short and
    joined to it ("l'hystérie", "d'extrême gauche"), by a straight or a curly apostrophe."""
    use_terms(AddedTerms(loaded_terms=("hystérie", "extrême gauche", "émeutier", "émeutiers")))
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.usefixtures("package_terms_after")
@pytest.mark.parametrize(
    ("term", "b"),
    [
        pytest.param(
            "prise d'otages",
            "La prise d\u2019otages des grévistes paralyse la raffinerie de Gonfreville depuis mardi.",
            id="term_straight_text_curly",
        ),
        pytest.param(
            "prise d\u2019otages",
            "La prise d'otages des grévistes paralyse la raffinerie de Gonfreville depuis mardi.",
            id="term_curly_text_straight",
        ),
        pytest.param(
            "jusqu'au-boutistes",
            "Les jusqu'au-boutistes des grévistes paralysent la raffinerie de Gonfreville depuis mardi.",
            id="elided_word_opening_a_compound",
        ),
    ],
)
def test_a_users_loaded_term_holding_an_elision_is_found(term: str, b: str) -> None:
    """A loaded term a user writes with an elision in it ("prise d'otages", "jusqu'au-boutistes")
    is found as the text writes it, the apostrophe straight or curly in either, and is named as
    the user wrote it."""
    a = "La grève des salariés paralyse la raffinerie de Gonfreville depuis mardi."
    use_terms(AddedTerms(loaded_terms=(term,)))
    assert [(n.kind, n.b) for n in framing_notes(a, b)] == [("loaded_term_added", term)]


@pytest.mark.usefixtures("package_terms_after")
def test_english_loaded_terms_are_not_read_in_french() -> None:
    """The package's English loaded terms are not loaded in French text, where "militants" are
    activists; a French term the user adds is."""
    a = "Des manifestants ont bloqué le dépôt pétrolier de Donges dès l'aube, selon la préfecture."
    b = "Des militants ont bloqué le dépôt pétrolier de Donges dès l'aube, selon la préfecture."
    assert framing_notes(a, b) == ()
    use_terms(AddedTerms(loaded_terms=("militants",)))
    assert [(n.kind, n.b) for n in framing_notes(a, b)] == [("loaded_term_added", "militants")]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "« Nous ne reculerons pas », a déclaré la secrétaire générale du syndicat à Lyon.",
            "« Nous ne reculerons pas », a martelé la secrétaire générale du syndicat à Lyon.",
            [("attribution_verb", "déclaré", "martelé")],
            id="declared_hammered",
        ),
        pytest.param(
            "Le délégué syndical a déclaré que la direction avait perdu toute crédibilité.",
            "Le délégué syndical a osé prétendre que la direction avait perdu toute crédibilité.",
            [("attribution_verb", "déclaré", "prétendre")],
            id="dared_to_claim",
        ),
        pytest.param(
            "Le conducteur aurait refusé d'obtempérer, selon une source policière à Évry.",
            "Le conducteur aurait refusé d'obtempérer, a prétendu une source policière à Évry.",
            [("attribution_verb", "selon", "prétendu")],
            id="according_to_made_a_claim",
        ),
        pytest.param(
            "La ministre n'a pas exclu de recourir aux réquisitions « si la situation l'exige ».",
            "La ministre envisagerait de recourir aux réquisitions « si la situation l'exige ».",
            [("hedge_added", "", "envisagerait")],
            id="conditional_beside_a_quoted_if",
        ),
        pytest.param(
            "La gendarmerie n'exclut pas que l'incendie du hangar soit d'origine criminelle.",
            "L'incendie du hangar est d'origine criminelle.",
            [("hedge_removed", "n'exclut pas que", "")],
            id="not_ruled_out_dropped",
        ),
        pytest.param(
            "Quelque 8 000 salariés ont manifesté jeudi devant le siège du groupe à Rouen.",
            "À peine 8 000 salariés ont manifesté jeudi devant le siège du groupe à Rouen.",
            [("estimate_changed", "quelque", "à peine")],
            id="barely",
        ),
        pytest.param(
            "Le maire a annoncé qu'il saisirait le tribunal administratif dès lundi.",
            "Le maire a confirmé qu'un recours serait déposé dès lundi.",
            [("attribution_verb", "annoncé", "confirmé")],
            id="conditional_reported_by_a_verb_of_saying",
        ),
        pytest.param(
            "Le maire a confirmé que la route rouvrira lundi, mais le suspect a fui en Belgique.",
            "Le maire a confirmé que la route rouvrira lundi, mais le suspect aurait fui en Belgique.",
            [("hedge_added", "", "aurait")],
            id="conditional_in_a_main_clause_after_a_reported_one",
        ),
        pytest.param(
            "Le maire a confirmé que la route rouvrirait lundi; le suspect a fui en Belgique.",
            "Le maire a confirmé que la route rouvrirait lundi; le suspect aurait fui en Belgique.",
            [("hedge_added", "", "aurait")],
            id="conditional_after_a_semicolon",
        ),
        pytest.param(
            "Son oncle a déclaré que le jeune avait été percuté par la voiture de police à Évry.",
            "Son oncle a prétendu que le jeune aurait été percuté par la voiture de police à Évry.",
            [("attribution_verb", "déclaré", "prétendu"), ("hedge_added", "", "aurait")],
            id="perfect_conditional_after_a_verb_of_saying_is_hearsay",
        ),
        pytest.param(
            "Le maire a dit qu'il voulait rester plus longtemps à la tête de la commune.",
            "Le maire a dit qu'il aurait aimé rester plus longtemps à la tête de la commune.",
            [],
            id="would_have_liked_after_a_verb_of_saying_is_no_hearsay",
        ),
        pytest.param(
            "Le ministre a indiqué que le texte serait maintenu dans ses grands équilibres.",
            "Le ministre a prétendu que le texte serait maintenu dans ses grands équilibres.",
            [("attribution_verb", "indiqué", "prétendu")],
            id="future_of_a_past_after_a_doubting_verb",
        ),
        pytest.param(
            "La préfète a annoncé que la réunion avec les syndicats aurait lieu lundi à Caen.",
            "La préfète a confirmé que la réunion avec les syndicats aurait lieu lundi à Caen.",
            [("attribution_verb", "annoncé", "confirmé")],
            id="conditional_of_avoir_as_a_verb_reported",
        ),
        pytest.param(
            "Quelque 40 000 manifestants selon le syndicat ont défilé samedi à Rennes.",
            "Quelque 40 000 manifestants ont défilé samedi à Rennes.",
            [("attribution_removed", "selon le syndicat", "")],
            id="source_before_the_verb_dropped",
        ),
        pytest.param(
            "Les pompiers ont dénombré 14 voitures incendiées dans la nuit à Corbeil.",
            "Les pompiers ont dénombré une vingtaine de voitures incendiées dans la nuit à Corbeil.",
            [("number_changed", "14", "une vingtaine"), ("estimate_changed", "", "une vingtaine")],
            id="about_twenty",
        ),
        pytest.param(
            "Vingt voitures ont été incendiées dans la nuit à Corbeil, selon les pompiers.",
            "Une vingtaine de voitures ont été incendiées dans la nuit à Corbeil, selon les pompiers.",
            [("estimate_changed", "", "une vingtaine")],
            id="twenty_made_about_twenty",
        ),
        pytest.param(
            "Environ 20 voitures ont été incendiées dans la nuit à Corbeil, selon les pompiers.",
            "Une vingtaine de voitures ont été incendiées dans la nuit à Corbeil, selon les pompiers.",
            [],
            id="about_twenty_said_otherwise",
        ),
        pytest.param(
            "Une centaine de riverains se sont rassemblés devant la mairie de Saint-Lô.",
            "Des centaines de riverains se sont rassemblés devant la mairie de Saint-Lô.",
            [("number_changed", "Une centaine", "centaines")],
            id="about_a_hundred_made_hundreds",
        ),
    ],
)
def test_french_verbs_of_saying_hedges_sources_and_round_counts(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """French agency copy's rewrites are named: "a martelé" and "a osé prétendre" for "a
    déclaré", "selon" made "a prétendu", a conditional beside a speaker's quoted "si", "n'exclut
    pas que" and "à peine"; a conditional a verb of saying reports ("a confirmé qu'un recours
    serait déposé", "a prétendu que le texte serait maintenu") is no hearsay, but a perfect told
    by the conditional of "avoir" is ("a prétendu que le jeune aurait été percuté"), and so is one
    in the next main clause (", mais le suspect aurait fui", "; le suspect aurait fui"); a source
    named before the verb ("selon le syndicat ont défilé") and counts in round figures ("une vingtaine", "des centaines") are read."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Selon la préfecture, 9 gendarmes ont été légèrement blessés lors des heurts à Brest.",
            "Selon la préfecture, 9 gendarmes ont été blessés lors des heurts à Brest.",
            [("hedge_removed", "légèrement", "")],
            id="french_slightly_wounded_dropped",
        ),
        pytest.param(
            "Two firefighters were injured when the roof of the Kelso warehouse gave way.",
            "Two firefighters were slightly injured when the roof of the Kelso warehouse gave way.",
            [("hedge_added", "", "slightly")],
            id="english_slightly_injured_added",
        ),
        pytest.param(
            "Fuel prices rose slightly after two firefighters were injured at the Kelso depot.",
            "Fuel prices rose after two firefighters were injured at the Kelso depot.",
            [],
            id="slightly_beside_no_wound",
        ),
    ],
)
def test_a_wound_told_slight_is_a_caveat(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A word that tells a wound slight ("légèrement blessés", "slightly injured") is a caveat
    of the harm done, dropped or added as "only" before a sample is; "slightly" beside no word
    of being wounded is none."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Harlow Mining lowered its full-year output forecast to 410,000 ounces.",
            "Harlow Mining raised its full-year output forecast to 410,000 ounces.",
            [("direction_reversed", "lowered", "raised")],
            id="guidance_lowered_told_as_raised",
        ),
        pytest.param(
            "Quarterly sales were $318.4 million, down 6.2% from a year earlier.",
            "Quarterly sales rose 6.2% to $318.4 million from a year earlier.",
            [("direction_reversed", "down", "rose")],
            id="down_before_a_figure_told_as_rose_in_a_reworded_sentence",
        ),
        pytest.param(
            "The fund posted a gain of 3.4% in October.",
            "The fund posted a loss of 3.4% in October.",
            [("direction_reversed", "gain", "loss")],
            id="gain_told_as_loss",
        ),
        pytest.param(
            "Net loss was $22.7 million, or $0.18 per share, in the quarter.",
            "Net income was $22.7 million, or $0.18 per share, in the quarter.",
            [("outcome_reversed", "loss", "income")],
            id="net_loss_told_as_net_income",
        ),
        pytest.param(
            "The city reported a surplus of $41 million for the year.",
            "The city reported a deficit of $41 million for the year.",
            [("outcome_reversed", "surplus", "deficit")],
            id="surplus_told_as_deficit",
        ),
        pytest.param(
            "Kestrel Bank reported third-quarter net income of $87 million, or $0.64 per share.",
            "Kestrel Bank reported second-quarter net income of $87 million, or $0.46 per share.",
            [
                ("number_changed", "$0.64", "$0.46"),
                ("number_changed", "third-quarter", "second-quarter"),
            ],
            id="a_quarter_swapped_beside_a_changed_figure",
        ),
        pytest.param(
            "Brindle Bakeries said profit rose 5.2% to £96.4 million on sales of £1.18 billion.",
            "Brindle Bakeries reported a 5.2% rise in first-half profit to 96.4 million pounds.",
            [("number_removed", "£1.18 billion", "")],
            id="an_amount_dropped_beside_a_period_added",
        ),
        pytest.param(
            "Adjusted EBITDA was $218.4 million, and cash flow covered the payout 1.4 times.",
            "Cash flow covered the unchanged 48.5-cent quarterly payout 1.4 times.",
            [("number_removed", "$218.4 million", ""), ("number_added", "", "48.5-cent")],
            id="a_total_dropped_beside_a_payout_per_unit_added",
        ),
        pytest.param(
            "Ashby Homes declared an interim dividend of 4.2 pence per share.",
            "Ashby Homes declared an interim dividend of 4.2 cents per share.",
            [("currency_changed", "pence", "cents")],
            id="pence_told_as_cents",
        ),
        pytest.param(
            "Ashby Homes declared an interim dividend of 4.2p per share.",
            "Ashby Homes declared an interim dividend of 4.2 cents per share.",
            [("currency_changed", "pence", "cents")],
            id="pence_glued_to_the_figure_told_as_cents",
        ),
        pytest.param(
            "Halvorsen expects fourth-quarter sales of $7.05 billion to $7.25 billion.",
            "Halvorsen expects fourth-quarter sales of $7.1 billion to $7.3 billion.",
            [
                ("number_rounded", "$7.05 billion", "$7.1 billion"),
                ("number_rounded", "$7.25 billion", "$7.3 billion"),
            ],
            id="both_ends_of_a_range_rounded",
        ),
        pytest.param(
            "Operating margin widened to 38.6% from 36.2%.",
            "Operating margin rose to 39% from 36%.",
            [("number_rounded", "38.6%", "39%"), ("number_rounded", "36.2%", "36%")],
            id="two_shares_rounded_with_another_verb",
        ),
        pytest.param(
            "Profit fell to $64.3 million, or 47 cents a share, from $71.8 million, or 52 cents.",
            "Profit fell to $64 million from $72 million.",
            [
                ("number_rounded", "$64.3 million", "$64 million"),
                ("number_rounded", "$71.8 million", "$72 million"),
                ("number_removed", "47 cents, 52 cents", ""),
            ],
            id="figures_rounded_beside_ones_dropped",
        ),
        pytest.param(
            "Fee income was $2.34 billion, up 5.1% from a year earlier.",
            "Fee income rose to about $2.3 billion.",
            [
                ("number_rounded", "$2.34 billion", "about $2.3 billion"),
                ("number_removed", "5.1%", ""),
            ],
            id="about_the_figure_rounded_to_its_own_last_digit",
        ),
        pytest.param(
            "Talmadge Foods beat Wall Street estimates on Tuesday.",
            "Talmadge Foods crushed Wall Street estimates on Tuesday.",
            [("loaded_term_added", "", "crushed wall street estimates")],
            id="results_told_as_a_rout_of_the_forecast",
        ),
        pytest.param(
            "Talmadge shares rose 9% on Tuesday.",
            "Talmadge shares soared 9% on Tuesday.",
            [],
            id="a_big_move_told_plainly_by_markets_copy",
        ),
    ],
)
def test_earnings_copy_changes_are_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """What an earnings desk checks a rewrite for is named: a result or forecast told the other
    way round (a loss as income, guidance lowered as raised, "down 6.2%" as "rose 6.2%" in a
    reworded sentence), a period swapped beside another changed figure (but never a period
    written where an amount was dropped, which says when, not how much, nor a payout per unit
    where a company's total was dropped, a thousand times apart in other digits), an amount in
    pence told
    in cents, each figure rounded faithfully as a rounding whatever else changed (as "Figures
    that differ" marks it), and results told as a rout of the forecast as loaded, where
    markets copy's "soared" is plain."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_one_figure_falling_and_another_rising_told_in_the_other_order_reverses_nothing() -> None:
    """Two figures each written after its own direction in both versions, only their order
    changed, turn no direction."""
    notes = framing_notes(
        "Copper rose 2.1% and zinc fell 1.4% on Tuesday.",
        "Zinc fell 1.4% and copper rose 2.1% on Tuesday.",
    )
    assert "direction_reversed" not in [n.kind for n in notes]


def test_about_a_figure_rounded_to_another_digit_is_no_rounding() -> None:
    """An "about" figure the exact one does not round to at its own last digit, and beyond the
    estimate's slack, is a number changed."""
    notes = framing_notes("Fee income was $2.36 billion.", "Fee income was about $2.2 billion.")
    assert (notes[0].kind, notes[0].a, notes[0].b) == (
        "number_changed",
        "$2.36 billion",
        "$2.2 billion",
    )
    assert "number_rounded" not in [n.kind for n in notes]


def test_a_bound_among_other_figures_rounds_no_figure_of_another_moment() -> None:
    """Among several figures, a bound ("as high as 7.12%") near another exact one ("6.84%") is
    no rounding of it: only a figure that is the other at its own digits pairs so."""
    notes = framing_notes(
        "Mortgage rates climbed as high as 7.12% in October from 6.08% in March.",
        "Mortgage rates climbed to 6.84% from 6.21% this week.",
    )
    assert "number_rounded" not in [n.kind for n in notes]


def test_a_figure_of_one_index_against_the_same_figure_of_another_reverses_nothing() -> None:
    """The same figure after opposite directions, each of another subject ("The FTSE 100 fell
    0.6%" against "the DAX gained 0.6%"), is no direction reversed."""
    notes = framing_notes(
        "The FTSE 100 fell 0.6% to 8,214.5 points, while the DAX lost 1.1%.",
        "The FTSE 100 rose 0.9% to 8,262.1, while the DAX gained 0.6%.",
    )
    assert "direction_reversed" not in [n.kind for n in notes]


def test_a_figure_the_copy_gives_in_the_next_sentence_is_not_removed() -> None:
    """A blog that splits the wire's lede gives its "15%" in the sentence after the one aligned
    with the lede: no figure removed (retest of acceptance 32, R4: "21%" was said removed from
    Alpha Street's sentence 2, given in its sentence 3)."""
    wire = (
        "Kestrel Foods said on Tuesday that third-quarter revenue rose 8.2% to $3.41 billion, "
        "while snack sales climbed 15%. Net income was $402 million, or 96 cents a share."
    )
    blog = (
        "Kestrel Foods said on Tuesday that third-quarter revenue rose 8.2% to $3.41 billion. "
        "Snack sales climbed 15%, the best showing in five years. Net income was $402 million, "
        "or 96 cents a share."
    )
    lede = _wire_sentence_matched(wire, blog, 0)
    assert lede.b.sentences == (0,)
    assert [(n.kind, n.a, n.b) for n in lede.framing] == []


def _wire_sentence_matched(wire: str, copy: str, at: int) -> Match:
    """The match of the wire's sentence ``at`` with the copy's, the two compared as one story's,
    the copy published a day later."""
    result = compare_documents(
        [
            document(wire, "wire", "Ledger Wire", published="2025-10-28"),
            document(copy, "copy", "Street Blog", published="2025-10-29"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    return next(m for m in pair.matches if m.a.sentences == (at,))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Un quart des électeurs de Vire a voté pour la liste du maire sortant, selon l'Ifop.",
            "25 % des électeurs de Vire ont voté pour la liste du maire sortant, selon l'Ifop.",
            [],
            id="a_quarter_is_25_percent",
        ),
        pytest.param(
            "Un quart des électeurs de Vire a voté pour la liste du maire sortant, selon l'Ifop.",
            "Un tiers des électeurs de Vire a voté pour la liste du maire sortant, selon l'Ifop.",
            [("number_changed", "Un quart", "Un tiers")],
            id="a_quarter_made_a_third",
        ),
        pytest.param(
            "Les deux tiers des salariés de la raffinerie ont suivi la grève mardi, selon la CGS.",
            "La moitié des salariés de la raffinerie a suivi la grève mardi, selon la CGS.",
            [("number_changed", "deux tiers", "moitié")],
            id="two_thirds_made_half",
        ),
        pytest.param(
            "Les deux tiers des salariés de la raffinerie ont suivi la grève mardi, selon la CGS.",
            "67 % des salariés de la raffinerie ont suivi la grève mardi, selon la CGS.",
            [],
            id="two_thirds_is_67_percent",
        ),
        pytest.param(
            "Un quart des électeurs de Vire a voté pour la liste du maire sortant, selon l'Ifop.",
            "Un électeur de Vire a voté pour la liste du maire sortant, selon l'Ifop.",
            [("number_changed", "Un quart", "Un")],
            id="a_quarter_is_no_one",
        ),
        pytest.param(
            "Three-quarters of the Kelso plant's workers walked out on Tuesday, the union said.",
            "Half of the Kelso plant's workers walked out on Tuesday, the union said.",
            [("number_changed", "Three-quarters", "Half")],
            id="english_three_quarters_made_half",
        ),
        pytest.param(
            "Two thirds of the Kelso plant's workers walked out on Tuesday, the union said.",
            "67% of the Kelso plant's workers walked out on Tuesday, the union said.",
            [],
            id="english_two_thirds_is_67_percent",
        ),
    ],
)
def test_a_share_in_words_is_read_as_a_share(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A share in words ("un quart des électeurs", "les deux tiers", "la moitié", "three-quarters
    of", "two thirds of") is the share, as a percentage gives it, and no count of one or two: a
    percentage it rounds agrees with it, another share changes it."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


CLINIC_WIRE = (
    "Firefighters were called to a blaze at the Harbour Road clinic in Port Lorne on Tuesday "
    "night. Paramedics treated 15 patients for smoke inhalation at the scene, the ambulance "
    "service said. Shares in the clinic's owner, Lorne Health, fell 15% on Wednesday morning."
)


@pytest.mark.parametrize(
    ("copy", "notes"),
    [
        pytest.param(
            CLINIC_WIRE.replace("treated 15 patients", "treated patients"),
            [(FramingKind.NUMBER_REMOVED, "15", "")],
            id="a_share_beside_is_no_count",
        ),
        pytest.param(
            CLINIC_WIRE.replace("treated 15 patients", "treated patients").replace(
                "fell 15%", "said 15 patients had been discharged"
            ),
            [],
            id="the_count_beside",
        ),
    ],
)
def test_a_figure_beside_is_told_only_where_it_measures_the_same(
    copy: str, notes: list[tuple[FramingKind, str, str]]
) -> None:
    """The copy's next sentence gives "15%" of shares, not the wire's 15 patients it left out:
    a count is told beside only by a number that counts what it counts, not by its value alone
    (review 32d, 3)."""
    treated = _wire_sentence_matched(CLINIC_WIRE, copy, 1)
    assert treated.b.sentences == (1,)
    assert [(n.kind, n.a, n.b) for n in treated.framing] == notes


@pytest.mark.parametrize(
    ("figures", "texts", "given"),
    [
        pytest.param("15 patients", ["Shares rose 15% on Monday."], False, id="share_no_count"),
        pytest.param("15", ["Shares rose 15% on Monday."], False, id="share_no_bare_count"),
        pytest.param("15 patients", ["Doctors saw 15 doctors."], False, id="other_thing_counted"),
        pytest.param("15 km", ["It lasted 15 minutes."], False, id="other_unit"),
        pytest.param("15 patients", ["15 patients were treated."], True, id="same_count"),
        pytest.param("15", ["15 patients were treated."], True, id="bare_count_of_a_thing"),
        pytest.param("$1.3 billion", ["It cost 1.3 billion dollars."], True, id="money_in_words"),
        pytest.param("15 per cent", ["Sales rose 15%."], True, id="share_written_otherwise"),
        pytest.param("15 km", ["They walked 15 kilometres."], True, id="unit_written_otherwise"),
        pytest.param("Friday", ["It opened on Friday."], True, id="a_day"),
        pytest.param("15 patients, 20%", ["15 patients were treated."], False, id="not_every"),
    ],
)
def test_gives_figures_tells_a_figure_by_what_it_measures(
    figures: str, texts: list[str], given: bool
) -> None:
    """Sentences give a note's figure only with its value and what it measures: a share, an
    amount of money, a unit or what it counts, a bare number being any count but a share."""
    assert gives_figures(figures, texts) is given


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The siege of the depot lasted 90 minutes before police moved in.",
            "The siege of the depot lasted 1.5 hours before police moved in.",
            [("number_converted", "90 minutes", "1.5 hours")],
            id="minutes_and_hours_alike",
        ),
        pytest.param(
            "The siege of the depot lasted two days before police moved in.",
            "The siege of the depot lasted 48 hours before police moved in.",
            [("number_converted", "two days", "48 hours")],
            id="days_and_hours_alike",
        ),
        pytest.param(
            "The siege of the depot lasted 90 minutes before police moved in.",
            "The siege of the depot lasted two hours before police moved in.",
            [("number_changed", "90 minutes", "two hours")],
            id="whole_hours_are_counted_not_rounded",
        ),
        pytest.param(
            "The siege of the depot lasted three days before police moved in.",
            "The siege of the depot lasted 48 hours before police moved in.",
            [("number_changed", "three days", "48 hours")],
            id="days_and_hours_differ",
        ),
        pytest.param(
            "Turnout in the northern districts rose by 15 per cent on Sunday.",
            "Turnout in the northern districts rose by 15% on Sunday.",
            [],
            id="per_cent_and_percent_sign",
        ),
        pytest.param(
            "The port deal was worth 1.3 billion US dollars, the ministry said.",
            "The port deal was worth $1.3 billion, the ministry said.",
            [],
            id="dollars_named_and_signed",
        ),
        pytest.param(
            "A third of the tenants left the estate after the flood.",
            "33% of the tenants left the estate after the flood.",
            [],
            id="a_third_is_33_percent",
        ),
        pytest.param(
            "One in three tenants left the estate after the flood.",
            "33% of the tenants left the estate after the flood.",
            [],
            id="one_in_three_is_33_percent",
        ),
        pytest.param(
            "Two-thirds of the tenants left the estate after the flood.",
            "67% of the tenants left the estate after the flood.",
            [],
            id="two_thirds_is_67_percent",
        ),
        pytest.param(
            "A quarter of the tenants left the estate after the flood.",
            "25% of the tenants left the estate after the flood.",
            [],
            id="a_quarter_is_25_percent",
        ),
        pytest.param(
            "A third of the tenants left the estate after the flood.",
            "Half of the tenants left the estate after the flood.",
            [("number_changed", "A third", "Half")],
            id="a_third_against_half",
        ),
        pytest.param(
            "One-third of the tenants left the estate after the flood.",
            "A third of the tenants left the estate after the flood.",
            [],
            id="one_third_hyphened_is_a_third",
        ),
        pytest.param(
            "A quarter of a million people marched through the capital.",
            "250,000 people marched through the capital.",
            [],
            id="a_quarter_of_a_million_is_a_number",
        ),
    ],
)
def test_one_figure_written_otherwise_is_no_changed_number(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A span of time told in another unit is converted, not changed, unless the spans differ (a
    whole number of hours is counted, no rounding of 90 minutes); "per cent" is "%", "US dollars"
    "$"; "a third of", "one in three" and "two-thirds of" are the shares 33% and 67%, as "un
    quart" is 25%: no change against the percentage, a change against another share."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "وزیر داخلہ نے کہا کہ مظاہرین کے خلاف مقدمات درج کیے جائیں گے۔",
            "وزیر داخلہ نے دعویٰ کیا کہ مظاہرین کے خلاف مقدمات درج کیے جائیں گے۔",
            [("attribution_verb", "کہا", "دعویٰ")],
            id="said_to_claimed",
        ),
        pytest.param(
            "وزیر داخلہ نے کہا کہ مظاہرین کے خلاف مقدمات درج کیے جائیں گے۔",
            "وزیر داخلہ نے بتایا کہ مظاہرین کے خلاف مقدمات درج کیے جائیں گے۔",
            [],
            id="said_to_told_is_no_change",
        ),
        pytest.param(
            "محکمہ موسمیات کے مطابق اتوار کو شہر میں بارش ہو گی۔",
            "اتوار کو شہر میں بارش ہو گی۔",
            [("attribution_removed", "محکمہ موسمیات کے مطابق", "")],
            id="according_to_dropped",
        ),
        pytest.param(
            "اتوار کو شہر میں بارش کا امکان ہے۔",
            "اتوار کو شہر میں بارش ہو گی۔",
            [("hedge_removed", "کا امکان ہے", "")],
            id="likely_dropped",
        ),
        pytest.param(
            "پولیس نے مظاہرین پر لاٹھی چارج کیا۔",
            "پولیس نے شرپسندوں پر لاٹھی چارج کیا۔",
            [("loaded_term", "مظاہرین", "شرپسندوں")],
            id="protesters_called_miscreants",
        ),
    ],
)
def test_urdu_attribution_and_hedges_are_named(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Urdu's attribution verbs (a noun and a light verb, named by the noun: "دعویٰ کیا",
    claimed), its "کے مطابق" (according to, after whom it cites), its hedges and its loaded
    terms, with the plain word one replaced, are named as English ones are; a swap of one plain
    verb of saying for another frames nothing."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(wire, copy)] == expected


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param(
            '"We kept order," police spokesperson Tomas Vey said.', ("police",), id="spokesperson"
        ),
        pytest.param(
            "The interior ministry said it would review the response.",
            ("interior ministry",),
            id="body_in_lower_case",
        ),
        pytest.param(
            "Nine people were treated, the Ashford Vale ambulance service said.",
            ("Ashford Vale ambulance service",),
            id="town_names_the_body",
        ),
        pytest.param("Police said stones were thrown at officers.", ("police",), id="opens"),
        pytest.param(
            "Crowds gathered in central Ashford Cross, the city council said.",
            ("city council",),
            id="town_named_like_a_body",
        ),
        pytest.param(
            "The court heard the case, the agency said, citing AP.", ("AP",), id="the_agency_before"
        ),
    ],
)
def test_a_body_named_in_lower_case_that_speaks_is_cited(text: str, sources: tuple[str]) -> None:
    """A body a protest report names in lower case, or whose spokesperson speaks, is a source;
    a town's name before the body is the body's, no source of its own, and a body's noun alone
    after "the" is one the text named before."""
    assert cited_sources(text) == sources


def test_a_profile_gives_each_quotation_its_speaker() -> None:
    """Who gets quoted is countable: each quotation of an article with its speaker as written,
    an empty speaker where the sentence names none."""
    text = (
        "Police used tear gas on marchers in Ashford on Sunday.\n"
        '"Officers showed great restraint," police spokesperson Tomas Vey said.\n'
        '"We were only walking home," said Mara Quill, a student who joined the march.\n'
        '"Enough is enough" was painted on the town hall.'
    )
    article = document(text, "paper", "Ashford Echo")
    profile = framing_profile(article, segment(article))
    assert profile.quoted_by == (
        ("Officers showed great restraint", "police spokesperson Tomas Vey"),
        ("We were only walking home", "Mara Quill"),
        ("Enough is enough", ""),
    )


@pytest.mark.parametrize(
    ("said", "cleared", "charged"),
    [
        ("A jury cleared Dana Hale of 1,200 counts of fraud.", 1, set()),
        ("Councillor Dana Hale was charged with 1,200 counts of fraud.", 0, {"charged with"}),
    ],
)
def test_a_thousands_comma_ends_no_clause_a_charge_is_read_in(
    said: str, cleared: int, charged: set[str]
) -> None:
    """The comma of "1,200" ends no clause: the crime after it is still the one the verdict
    clears or the charge names. Only the clause end after a negation ("they did not," she said)
    reads every comma as one, and its pattern had taken the shared name for every use."""
    assert compare.framing._charges_cleared(said) == cleared
    assert compare.framing._charged_with_a_crime(words(said), said) == charged


def test_figures_made_vague_or_dropped_are_each_noted_apart() -> None:
    """A casualty count told as "dozens" it does not fall in (14, fewer than two dozen) or as
    "many" is a number changed alike, and a figure cut from words the other version keeps is a
    note of its own, not merged into its neighbour's."""
    wire = (
        "Medics said 14 people were injured, including 4 firefighters, "
        "and 19 people were arrested after the march."
    )
    rewrite = (
        "Medics said dozens of people were injured, including firefighters, "
        "and many people were arrested after the march."
    )
    assert [(n.kind, n.a, n.b) for n in framing_notes(wire, rewrite)] == [
        ("number_changed", "14", "dozens"),
        ("number_removed", "4", ""),
        ("number_changed", "19", "many"),
    ]
    assert [
        (n.kind, n.a, n.b)
        for n in framing_notes(
            "Hospital staff said 12 nurses and 5 porters were hurt in the blaze.",
            "Hospital staff said nurses and porters were hurt in the blaze.",
        )
    ] == [("number_removed", "12", ""), ("number_removed", "5", "")]


def test_as_many_counts_nothing() -> None:
    """The "many" of "in as many matches" compares and stands in place of no figure."""
    notes = framing_notes(
        "The keeper made his 12th save in as many matches.",
        "The keeper blocked two shots for his 12th save.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [("number_added", "", "two")]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "हादसा करीब 4:10 बजे हुआ; हेल्पलाइन 05262-231456 है।",
            "हादसा करीब ४:१० बजे हुआ; हेल्पलाइन ०५२६२-२३१४५६ है।",
            [],
            id="same_time_and_phone",
        ),
        pytest.param(
            "हादसा करीब ४:१० बजे हुआ।",
            "हादसा करीब ५:१० बजे हुआ।",
            [("number_changed", "४:१०", "५:१०")],
            id="time_changed_quoted_in_its_digits",
        ),
        pytest.param("হাসপাতালে ৪৩ জন ভর্তি।", "হাসপাতালে 43 জন ভর্তি।", [], id="bengali_digits"),
    ],
)
def test_figures_in_another_scripts_digits_are_the_figures_in_ascii_digits(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A time or a telephone number in Devanagari (or Bengali) digits is the one in ASCII
    digits; a note on one changed quotes it in the digits its sentence writes."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Five people were hurt in a bus crash on Monday; the toll made seven.
        pytest.param("أصيب خمسة أشخاص", "أصيب 5 أشخاص", [], id="five_in_words"),
        pytest.param("نحو ثلاثة آلاف نازح", "نحو 3000 نازح", [], id="three_thousand_in_words"),
        pytest.param("نزح نحو 86 ألفاً", "نزح نحو 86 ألف شخص", [], id="thousands_after_a_count"),
        pytest.param("أصيب خمسة أشخاص", "أصيب خمسه اشخاص", [], id="five_typed_loosely"),
        pytest.param(
            "أصيب خمسة أشخاص يوم الاثنين",
            "أصيب سبعة أشخاص يوم الاثنين",
            [("number_changed", "خمسة", "سبعة")],
            id="the_toll_in_words_changed_and_monday_no_two",
        ),
        pytest.param(
            "أصيب عشرون شخصاً وخمسة آخرون",
            "أصيب ثلاثون شخصاً وستة آخرون",
            [("number_changed", "عشرون", "ثلاثون"), ("number_changed", "وخمسة", "وستة")],
            id="tens_and_a_count_after_and",
        ),
    ],
)
def test_arabic_number_words_are_read(a: str, b: str, expected: list[tuple[str, str, str]]) -> None:
    """Arabic's counts in words, masculine or feminine, with a proclitic ("وستة") and in any
    spelling, and its thousands are numbers: a figure written in digits instead is no change,
    "خمسة" (5) made "سبعة" (7) is one, shown as the article writes it; "الاثنين" is Monday."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(f"{a}.", f"{b}.")] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("करीब 2.5 लाख परिवारों", "करीब 2,50,000 परिवारों", [], id="lakh_grouping"),
        pytest.param("करीब 2.5 लाख परिवारों", "करीब ढाई लाख परिवारों", [], id="two_and_a_half"),
        pytest.param("₹1,200 करोड़ का पैकेज", "₹12 अरब का पैकेज", [], id="crore_and_arab"),
        pytest.param("2.5 lakh families", "2,50,000 families", [], id="english_lakh"),
        pytest.param("a Rs 1,200 crore package", "a Rs 12 billion package", [], id="english_crore"),
        pytest.param("सात यात्रियों की मौत", "7 यात्रियों की मौत", [], id="seven_in_words"),
        pytest.param("चौंसठ लोगों की मौत", "64 लोगों की मौत", [], id="sixty_four_in_words"),
        pytest.param("पांच हज़ार लोग", "5,000 लोग", [], id="thousand_with_nukta"),
        pytest.param("चार दशक से बसे", "40 वर्षों से बसे", [], id="four_decades"),
        pytest.param(
            "सात यात्रियों की मौत",
            "नौ यात्रियों की मौत",
            [("number_changed", "सात", "नौ")],
            id="death_toll_in_words_changed",
        ),
        pytest.param(
            "करीब 2.5 लाख परिवारों",
            "करीब 3 लाख परिवारों",
            [("number_changed", "2.5 लाख", "3 लाख")],
            id="lakh_changed",
        ),
        pytest.param(
            "सऊदी अरब के राजदूत ने 12 लोगों से बात की",
            "राजदूत ने 12 लोगों से बात की",
            [],
            id="arab_alone_is_no_number",
        ),
        pytest.param(
            "आयोग के बाहर सैकड़ों अभ्यर्थियों ने धरना दिया",
            "आयोग के बाहर हजारों अभ्यर्थियों ने धरना दिया",
            [("number_changed", "सैकड़ों", "हजारों")],
            id="hundreds_made_thousands",
        ),
        pytest.param(
            "आयोग के बाहर हजारों अभ्यर्थियों ने धरना दिया",
            "आयोग के बाहर 5,000 अभ्यर्थियों ने धरना दिया",
            [("number_changed", "हजारों", "5,000")],
            id="thousands_given_as_a_number",
        ),
        pytest.param(
            "बाढ़ से लाखों लोग प्रभावित हुए",
            "बाढ़ से करोड़ों लोग प्रभावित हुए",
            [("number_changed", "लाखों", "करोड़ों")],
            id="lakhs_made_crores",
        ),
        pytest.param(
            "आयोग के बाहर हज़ारों अभ्यर्थियों ने धरना दिया",
            "आयोग के बाहर हजारों अभ्यर्थियों ने धरना दिया",
            [],
            id="thousands_with_or_without_the_nukta",
        ),
        pytest.param(
            "परीक्षा 14 अगस्त को हुई थी",
            "परीक्षा 15 अगस्त को हुई थी",
            [("number_changed", "14 अगस्त", "15 अगस्त")],
            id="a_date_changed",
        ),
        pytest.param(
            "अगली सुनवाई 18 सितंबर को होगी",
            "अगली सुनवाई 18 सितम्बर को होगी",
            [],
            id="a_month_in_two_spellings",
        ),
    ],
)
def test_indian_numbering_and_hindi_number_words_are_read(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Lakh and crore (in Hindi or Indian English), Hindi's arab, hundred and thousand, and its
    number words are numbers: a figure written another of these ways is no change, "सात" (7)
    made "नौ" (9) is one; "अरब" alone is Arab, no thousand million. Hindi's orders of count are
    read as "hundreds" and "thousands" are, however the nukta is written; a day and a Hindi
    month's name are a date, as "August 14" is, in either spelling of the month."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(f"{a}।", f"{b}।")] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Reid has not conceded and said he would seek a recount.",
            "Reid said he would seek a recount.",
            [],
            id="negated_clause_left_out_whole",
        ),
        pytest.param(
            "Reid has not conceded the race.",
            "Reid has conceded the race.",
            [("negation_removed", "not", "")],
            id="negated_act_kept",
        ),
        pytest.param(
            "Reid has not conceded and said he would seek a recount.",
            "Reid has not yet conceded.",
            [],
            id="negation_kept_with_its_clause",
        ),
    ],
)
def test_a_negation_is_noted_only_where_the_other_tells_its_act(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A negation dropped with the whole clause it denies ("has not conceded and said ..."
    against "said ...") drops a fact, not its negation: the other does not say he conceded
    (acceptance round 37, d9)."""
    notes = framing_notes(a, b)
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.value.startswith("negation")] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "An officer shot and killed a 34-year-old man during a stop on Route 4.",
            "One man is dead after a shooting during a stop on Route 4.",
            [("number_removed", "34-year", ""), ("number_added", "", "One")],
            id="an_age_against_a_count",
        ),
        pytest.param(
            "An officer shot and killed a 34-year-old man during a stop on Route 4.",
            "An officer shot and killed a 36-year-old man during a stop on Route 4.",
            [("number_changed", "34-year", "36-year")],
            id="an_age_against_an_age",
        ),
    ],
)
def test_an_age_and_a_count_are_two_quantities(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Someone's age and a count of people are not one number changed: "a 34-year-old man"
    against "One man" drops an age and adds a count (acceptance round 37, d9)."""
    notes = framing_notes(a, b)
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.value.startswith("number")] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Tarrow police officer shoots, kills man during traffic stop",
            "Tarrow cop guns down motorist at traffic stop",
            [("loaded_term_added", "", "guns down")],
            id="a_shooting_told_as_an_execution",
        ),
        pytest.param(
            "Kell Energy chief executive charged with fraud",
            "Fraudster CEO Kell finally faces justice",
            [("loaded_term_added", "", "fraudster")],
            id="one_charged_called_a_fraudster",
        ),
        pytest.param(
            "The court heard the convicted fraudster lied.",
            "The court heard the man lied.",
            [],
            id="a_convicted_fraudster_is_plain",
        ),
        pytest.param(
            "Protesters and police clash in Ostrel over fuel prices",
            "Police attack marchers in Ostrel",
            [("loaded_term_added", "", "attack")],
            id="terms_in_no_place_of_each_other",
        ),
        pytest.param(
            "Protesters clashed with police in Ostrel on Friday.",
            "Rioters clashed with police in Ostrel on Friday.",
            [("loaded_term", "protesters", "rioters")],
            id="a_term_in_the_others_place",
        ),
    ],
)
def test_a_headlines_loaded_words_are_paired_only_in_each_others_place(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Headline labels and verbs that judge ("guns down", "fraudster" of one charged) are loaded
    terms, and a loaded term is told as changed for another only where it stands in the other's
    place, else one added (a plain word, "protesters", is named only in its place; acceptance
    round 37, d4)."""
    use_terms(AddedTerms(loaded_terms=("attack",)))
    try:
        notes = framing_notes(a, b)
    finally:
        use_terms()
    assert [(n.kind, n.a, n.b) for n in notes if n.kind.value.startswith("loaded")] == expected


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param(
            "The group will hold a vigil outside Tarnside Civic Centre at 6pm on Monday.",
            (),
            id="outside_a_named_building",
        ),
        pytest.param(
            "Residents will protest outside the Civic Centre on Monday.",
            (),
            id="outside_the_building",
        ),
        pytest.param(
            "The row is the biggest at Tarnside Civic Centre in a decade.", (), id="at_a_building"
        ),
        pytest.param(
            "The National Hurricane Center said the storm would strengthen.",
            ("National Hurricane Center",),
            id="a_centre_that_speaks",
        ),
        pytest.param(
            "Researchers at the Pew Research Center found most adults agree.",
            ("Pew Research Center",),
            id="researchers_at_the_centre",
        ),
    ],
)
def test_a_building_named_as_a_centre_is_where_not_a_source(
    text: str, cited: tuple[str, ...]
) -> None:
    """A protest outside the Civic Centre names where, not who: no cited source; a centre that
    speaks, or whose researchers do, is one (acceptance round 37, c12)."""
    assert cited_sources(text) == cited


def test_a_body_named_by_its_short_name_in_long_minutes_is_cited() -> None:
    """Minutes naming councillors by surname thousands of times still cite the body they name
    by its short name in brackets, and no surname is taken for one (the brackets are read once
    a text: benchmarks.long_document measures the time, which grew with the square of the
    length when each name searched the whole text)."""
    members = ("Khan", "Ellis", "Pryce", "Ward", "Reed", "Holloway")
    motions = " ".join(
        f"{members[k % 6]} moved item {k}, and {members[(k + 1) % 6]} seconded it."
        for k in range(2_000)
    )
    appeal = (
        " The Harwick Residents Association (HRA) said it would appeal."
        " The HRA said the vote was rushed."
    )
    assert cited_sources(motions + appeal) == ("HRA", "Harwick Residents Association")


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "मंत्री ने कहा कि राहत पैकेज से दस हजार परिवारों को मदद मिलेगी।",
            "मंत्री ने दावा किया कि राहत पैकेज से दस हजार परिवारों को मदद मिलेगी।",
            [("attribution_verb", "कहा", "दावा")],
            id="said_to_claimed",
        ),
        pytest.param(
            "मंत्री ने कहा कि राहत पैकेज से दस हजार परिवारों को मदद मिलेगी।",
            "मंत्री ने बताया कि राहत पैकेज से दस हजार परिवारों को मदद मिलेगी।",
            [],
            id="said_to_told_is_no_change",
        ),
        pytest.param(
            "जिला प्रशासन के अनुसार तटबंध की मरम्मत में तीन सप्ताह लगेंगे।",
            "तटबंध की मरम्मत में तीन सप्ताह लगेंगे।",
            [("attribution_removed", "जिला प्रशासन के अनुसार", "")],
            id="according_to_dropped",
        ),
        pytest.param(
            "कथित अनियमितताओं की जांच शुरू की गई है।",
            "अनियमितताओं की जांच शुरू की गई है।",
            [("hedge_removed", "कथित", "")],
            id="alleged_dropped",
        ),
        pytest.param(
            "आदेश से नियमों का उल्लंघन हो सकता है।",
            "आदेश से नियमों का उल्लंघन है।",
            [("hedge_removed", "हो सकता है", "")],
            id="may_be_dropped",
        ),
        pytest.param(
            "जांच में साजिश का कोई सबूत नहीं मिला।",
            "जांच में साजिश का सबूत मिला।",
            [("negation_removed", "नहीं", "")],
            id="not_dropped",
        ),
        pytest.param(
            "पुलिस ने बताया कि प्रदर्शनकारियों ने सड़क जाम कर दी।",
            "पुलिस ने बताया कि दंगाइयों ने सड़क जाम कर दी।",
            [("loaded_term", "प्रदर्शनकारियों", "दंगाइयों")],
            id="protesters_called_rioters",
        ),
        pytest.param(
            "पुलिस ने दो संदिग्धों को हिरासत में लिया।",
            "पुलिस ने दो आतंकियों को हिरासत में लिया।",
            [("loaded_term", "संदिग्धों", "आतंकियों")],
            id="suspects_called_terrorists",
        ),
        pytest.param(
            "नगर निगम ने दुकानों को हटाने का नोटिस दिया।",
            "नगर निगम ने अवैध दुकानों को हटाने का नोटिस दिया।",
            [("loaded_term_added", "", "अवैध")],
            id="illegal_added",
        ),
    ],
)
def test_hindi_attribution_hedges_negations_and_loaded_terms_are_named(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Hindi's attribution verbs (a noun and a light verb, named by the noun: "दावा किया",
    claimed), its "के अनुसार" (according to), its hedges, its "नहीं" and the loaded words a
    Hindi desk sets in place of "protesters" and "suspects" are named as English ones are,
    without a terms file; a swap of one plain verb of saying for another frames nothing."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(wire, copy)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "港務局發言人李明輝表示，港區暫停裝卸作業。",  # noqa: RUF001
            "港務局發言人李明輝宣稱，港區暫停裝卸作業。",  # noqa: RUF001
            [("attribution_verb", "表示", "宣称")],
            id="said_turned_claimed",
        ),
        pytest.param(
            "據稱，部分航線已經停航。",  # noqa: RUF001
            "部分航線已經停航。",
            [("hedge_removed", "据称", "")],
            id="hedge_removed",
        ),
        pytest.param(
            "李明輝說：「貨輪將優先靠泊，請貨主耐心等待。」",  # noqa: RUF001
            "李明輝說，貨輪將優先靠泊，請貨主耐心等待。",  # noqa: RUF001
            [("quote_removed", "貨輪將優先靠泊,請貨主耐心等待。", "")],
            id="quotation_in_corner_brackets_turned_paraphrase",
        ),
        pytest.param(
            "港务局发言人李明辉表示，港区暂停装卸作业。",  # noqa: RUF001
            "港務局發言人李明輝表示，港區暫停裝卸作業。",  # noqa: RUF001
            [],
            id="the_same_sentence_in_the_other_script",
        ),
    ],
)
def test_traditional_chinese_framing_is_named_as_simplified_is(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Traditional text is read in Simplified, as the word lists are written: "宣稱" is
    "claimed" and "據稱" a hedge, named in Simplified; a quotation in corner brackets is a
    quotation; and a sentence converted to the other script changes nothing."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_a_note_on_a_traditional_article_quotes_its_own_words() -> None:
    """A note on a Traditional article is read in Simplified but quotes the article's own
    words ("宣稱", "據稱"), where its places point, as it does a Simplified article's."""
    wire = document(
        "港务局发言人李明辉表示，港区暂停装卸作业。据称，部分航线已经停航。",  # noqa: RUF001
        "wire",
        "海港通讯社",
        published="2026-05-02T09:00:00+08:00",
    )
    copy = document(
        "港務局發言人李明輝宣稱，港區暫停裝卸作業。部分航線已經停航。",  # noqa: RUF001
        "copy",
        "香港晨報",
        published="2026-05-02T10:00:00+08:00",
    )
    (pair,) = compare_documents([wire, copy]).pairs
    texts = {"wire": wire.text, "copy": copy.text}
    notes = [
        (
            n.kind,
            n.a,
            n.b,
            [texts[pair.a][s:e] for s, e in n.a_spans],
            [texts[pair.b][s:e] for s, e in n.b_spans],
        )
        for m in pair.matches
        for n in m.framing
    ]
    assert sorted(notes) == [
        ("attribution_verb", "表示", "宣稱", ["表示"], ["宣稱"]),
        ("hedge_removed", "据称", "", ["据称"], []),
    ]


@pytest.mark.usefixtures("package_terms_after")
def test_a_users_chinese_terms_are_found_as_the_text_is_cut_in_either_script() -> None:
    """A user's Chinese loaded term, written without spaces as Chinese is ("分裂分子", which the
    text is cut into "分裂" and "分子"), or in Traditional ("民進黨當局"), is found in text of
    either script; so is an attribution verb given in Traditional ("揚言")."""
    use_terms(AddedTerms(loaded_terms=("分裂分子", "民進黨當局"), attribution_verbs=("揚言",)))
    notes = framing_notes(
        "港务局表示，反对派人士煽动码头工人停工，台湾地区有关方面派员调查。",  # noqa: RUF001
        "港務局揚言，分裂分子煽動碼頭工人停工，民進黨當局派員調查。",  # noqa: RUF001
    )
    assert sorted((n.kind, n.a, n.b) for n in notes) == [
        ("attribution_verb", "表示", "扬言"),
        ("loaded_term_added", "", "分裂分子, 民进党当局"),
    ]


def test_a_note_names_arabic_words_as_the_article_writes_them() -> None:
    """Words are read in one spelling of Arabic script's letters, in which "الإرهابيين" is
    written with Urdu's yeh and heh: a note, the pair's placed one as much as one read from two
    texts, names each side's words in the article's own letters."""
    wire = 'وقال الوزير إن "الاتفاق يشمل انسحاب المقاتلين من البلدات الحدودية خلال أسبوع".'
    copy = 'وقال الوزير إن "الاتفاق يشمل انسحاب الإرهابيين من البلدات الحدودية خلال أسبوع".'
    (note,) = framing_notes(wire, copy)
    assert (note.kind, note.a, note.b) == (FramingKind.QUOTE_CHANGED, "المقاتلين", "الإرهابيين")
    result = compare_documents([document(wire, "wire"), document(copy, "copy")], single_story=True)
    ((match,),) = [pair.matches for pair in result.pairs]
    (placed,) = match.framing
    assert (placed.a, placed.b) == ("المقاتلين", "الإرهابيين")
    assert copy[slice(*placed.b_spans[0])] == "الإرهابيين"


@pytest.mark.parametrize(
    ("said", "claimed"), [("قال", "زعم"), ("وقال", "وزعم"), ("قالت", "ادعت"), ("وقالت", "وادعت")]
)
def test_an_arabic_said_swapped_for_claimed_is_noted_without_a_users_terms(
    said: str, claimed: str
) -> None:
    """Arabic's loaded verbs of saying ("زعم", "ادعى", claimed) are in the package's lists, as
    English "claimed" is: "قال" swapped for one of them lends the speaker less credence."""
    line = "{} المتحدث باسم البلدية إن مياه الشرب عادت إلى الأحياء الشرقية صباح الثلاثاء."
    notes = framing_notes(line.format(said), line.format(claimed))
    assert [(n.kind, n.a, n.b) for n in notes] == [("attribution_verb", said, claimed)]


@pytest.mark.parametrize(
    ("a", "b", "outlets", "expected"),
    [
        pytest.param(
            "Signal faults were logged three weeks before the crash, according to railway "
            "documents seen by the Gazette.",
            "Signal faults were logged three weeks before the crash, according to railway "
            "documents seen by the Courier.",
            ("Dunmore Gazette", "Vale Courier"),
            ("attribution_source_changed", "the Gazette", "the Courier"),
            id="documents_seen_by_the_copys_own_paper",
        ),
        pytest.param(
            "देश दर्पण को मिले रेलवे के दस्तावेजों के मुताबिक, सिग्नल की मरम्मत तीन हफ्तों से लंबित थी।",
            "ख़बर तक को मिले रेलवे के दस्तावेजों के मुताबिक, सिग्नल की मरम्मत तीन हफ्तों से लंबित थी।",
            ("देश दर्पण", "ख़बर तक"),
            ("attribution_source_changed", "देश दर्पण", "ख़बर तक"),
            id="a_hindi_masthead_put_in_for_the_origins",
        ),
        pytest.param(
            "Signal faults were logged, according to railway documents seen by the Gazette.",
            "Signal faults were logged for weeks, the Courier has learned.",
            ("Dunmore Gazette", "Vale Courier"),
            None,
            id="a_sentence_of_its_own",
        ),
        pytest.param(
            '"We warned them," Ravi Das told the Gazette.',
            '"We warned them," Ravi Das told the Courier.',
            ("Dunmore Gazette", "Vale Courier"),
            None,
            id="a_claimed_interview_is_that_notes",
        ),
    ],
)
def test_a_copy_that_puts_its_own_masthead_in_for_the_origins_changes_the_source(
    a: str, b: str, outlets: tuple[str, str], expected: tuple[str, str, str] | None
) -> None:
    """A copy that credits a scoop to its own outlet where the origin credited itself ("seen
    by the Gazette" against "seen by the Courier") claims the origin's documents: a source
    changed, from one outlet to the other; a whom-told swapped is a claimed interview, noted
    as one (Hindi desk acceptance b7)."""
    note = outlet_credit_hidden(_aligned(a, b), outlets)
    assert (None if note is None else (note.kind, note.a, note.b)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "सूत्रों के अनुसार, हादसे के पीछे सिग्नल में खराबी की आशंका जताई जा रही है।",
            "हादसा सिग्नल में खराबी के कारण हुआ।",
            [("attribution_removed", "सूत्रों के अनुसार", ""), ("hedge_removed", "की आशंका", "")],
            id="hindi_suspected_stated_as_fact",
        ),
        pytest.param(
            "A signal failure is suspected to have caused the collision, sources said.",
            "A signal failure caused the collision.",
            [("attribution_removed", "sources said", ""), ("hedge_removed", "is suspected to", "")],
            id="english_suspected_stated_as_fact",
        ),
        pytest.param(
            "स्टेशन मास्टर ने बताया कि हादसा सुबह हुआ। सूत्रों के अनुसार, सिग्नल में खराबी की आशंका"
            " जताई जा रही है।",
            "सिग्नल में खराबी के कारण हादसा हुआ।",
            [
                ("attribution_removed", "सूत्रों के अनुसार, बताया", ""),
                ("hedge_removed", "की आशंका", ""),
            ],
            id="hindi_two_sentences_restated_in_one",
        ),
    ],
)
def test_a_suspected_cause_stated_as_fact_drops_its_hedge_and_its_source(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Sources say a fault is suspected" told as "the fault caused it" drops both the source
    and the hedge, in Hindi ("की आशंका जताई जा रही है") as in English ("is suspected to"), and
    where a restatement is read against two sentences, the first's clause ends at its danda
    (acceptance round 40, b6)."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "बताया जा रहा है कि दोनों सीमा पार से घुसपैठ कर आए थे।",
            "दोनों सीमा पार से घुसपैठ कर आए थे।",
            [("hedge_removed", "बताया जा रहा है", "")],
            id="passive_said_is_a_hedge",
        ),
        pytest.param(
            'देसाई ने मैच के बाद कहा कि "हमने धैर्य रखा।"',
            'देसाई ने मैच के बाद माना कि "हमने धैर्य रखा।"',
            [("attribution_verb", "कहा", "माना")],
            id="said_to_admitted",
        ),
        pytest.param(
            "मुठभेड़ में मारे गए उग्रवादियों के पास से दो राइफलें बरामद की गईं।",
            "मुठभेड़ में मारे गए आतंकियों के पास से दो राइफलें बरामद की गईं।",
            [("loaded_term", "उग्रवादियों", "आतंकियों")],
            id="militants_called_terrorists",
        ),
    ],
)
def test_hindi_hedges_verbs_and_loaded_terms_are_named_by_their_kind(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "बताया जा रहा है कि" (it is being said) is hearsay, a hedge, not whom a claim is from;
    "कहा" told as "माना" (said as admitted) is a verb changed, not an attribution dropped; the
    wire's "उग्रवादियों" (militants) called "आतंकियों" is a loaded term in place of a plain one
    (acceptance round 40, b9)."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    "wire",
    [
        pytest.param("Police on Saturday arrested a 24-year-old man after the shooting.", id="day"),
        pytest.param(
            "Police in Aurora late Friday arrested a 24-year-old man after the shooting.",
            id="place_and_time",
        ),
        pytest.param("Police last week arrested a 24-year-old man after the shooting.", id="week"),
    ],
)
def test_the_passive_of_a_lede_with_an_adverbial_after_its_subject_leaves_out_who(
    wire: str,
) -> None:
    """A wire lede sets when or where between its subject and verb ("Police on Saturday
    arrested"): a copy that tells the act in the passive leaves out who acted, as against
    "Police arrested a man on Saturday" (acceptance round 40, c4)."""
    copy = "A 24-year-old man was arrested on Saturday after the shooting."
    notes = framing_notes(wire, copy)
    assert [(n.kind, n.b) for n in notes if n.kind == FramingKind.AGENT_REMOVED] == [
        (FramingKind.AGENT_REMOVED, "man was arrested")
    ]


def test_alleged_before_a_deed_is_a_hedge_and_no_verb_of_saying() -> None:
    """ "Alleged" after a possessive doubts the deed it stands before: cut, the copy states the
    deed as done (a hedge removed); and it is no verb of saying, so "cautioned against" swapped
    for "claimed" beside it is that verb changed (acceptance round 40, c5)."""
    wire = (
        "Immigrant advocates cautioned against blaming an entire community for one person's "
        "alleged actions."
    )
    cut = "Immigrant advocates cautioned against blaming an entire community for one person's actions."
    assert [(n.kind, n.a, n.b) for n in framing_notes(wire, cut)] == [
        (FramingKind.HEDGE_REMOVED, "alleged", "")
    ]
    claimed = (
        "Immigrant advocates claimed it was wrong to blame an entire community for one person's "
        "actions."
    )
    assert sorted((n.kind, n.a, n.b) for n in framing_notes(wire, claimed)) == [
        (FramingKind.ATTRIBUTION_VERB, "cautioned", "claimed"),
        (FramingKind.HEDGE_REMOVED, "alleged", ""),
    ]
    assert framing_notes("The lawyer alleged that he was beaten.", "The lawyer said he was beaten.")


def test_a_quotation_retold_with_that_many_and_rather_than_denies_and_changes_nothing() -> None:
    """ "a crisis, not a victory" sets one thing against another as "rather than" does, no
    negation; "that many" counts again what the text counted, so the figure is left out, not
    changed to "many"; and "saying the policy likely violates" reports a clause as "saying the
    policy violates" does, no attribution added (acceptance round 40, c8)."""
    quoted = '"Any month with nearly 190,000 crossings is a crisis, not a victory," Ellison said.'
    retold = "Ellison said any month with that many crossings was a crisis rather than a victory."
    assert sorted(n.kind for n in framing_notes(quoted, retold)) == [
        FramingKind.NUMBER_REMOVED,
        FramingKind.QUOTE_REMOVED,
    ]
    ruled = "The court blocked the rule, saying the policy likely violates federal law."
    cut = "The court blocked the rule, saying the policy violates federal law."
    assert [(n.kind, n.a) for n in framing_notes(ruled, cut)] == [
        (FramingKind.HEDGE_REMOVED, "likely")
    ]


def test_a_loaded_term_a_verb_of_naming_gives_is_no_word_of_the_outlets_own() -> None:
    """A profile's loaded terms are the outlet's own words: not one in a quotation, nor the
    label a verb of naming gives as someone else's ("called the arrivals a political stunt",
    "calling the buses a stunt"), to the end of its clause; the outlet's own "stunt" is still
    one, and so is a term in a clause a verb of saying reports in the outlet's words
    (acceptance round 40, c9)."""
    reported = (
        "Mayor Ruth Adler called the arrivals a political stunt. Her office responded by calling "
        "the buses a stunt, a charge the governor dismissed."
    )
    doc = document(reported, "a")
    assert framing_profile(doc, segment(doc)).loaded_terms == ()
    own = document(
        "The arrivals were a political stunt. The governor said towns faced an invasion.", "b"
    )
    assert framing_profile(own, segment(own)).loaded_terms == ("invasion", "stunt")


@pytest.mark.parametrize(
    ("wire", "copy", "language"),
    [
        pytest.param(
            "A operação foi a mais letal do ano e deixou oito mortos no Rio, disse a polícia.",
            "A operação foi a mais letal do ano e deixou oito mortos, disse a polícia.",
            None,
            id="a_sentence_read_as_portuguese",
        ),
        pytest.param(
            '"Vamos reabrir as escolas", afirmou Vianna no final da reunião.',
            '"Vamos reabrir as escolas", afirmou Vianna.',
            "pt",
            id="too_short_to_tell_read_in_its_articles_language",
        ),
    ],
)
def test_portuguese_no_is_in_the_and_denies_nothing(
    wire: str, copy: str, language: str | None
) -> None:
    """Portuguese "no" is "em" and "o" ("no Rio", in Rio): a copy that cuts one removes no
    negation, whether the sentence's words tell its language or its article's does (acceptance
    round 40, a1); Portuguese "não" still denies."""
    notes = framing_notes(wire, copy, language=language)
    assert not {n.kind for n in notes} & {"negation_removed", "negation_added"}
    denied = framing_notes(
        "O secretário disse que houve excessos na operação no Rio.",
        "O secretário disse que não houve excessos na operação no Rio.",
    )
    assert [(n.kind, n.a, n.b) for n in denied] == [("negation_added", "", "não")]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        pytest.param("alegou", [("attribution_verb", "disse", "alegou")], id="loaded"),
        pytest.param("admitiu", [("attribution_verb", "disse", "admitiu")], id="admission"),
        pytest.param("afirmou", [], id="plain"),
        pytest.param("declarou", [], id="plain_too"),
    ],
)
def test_portuguese_verbs_of_saying_are_plain_or_loaded_without_a_users_terms(
    verb: str, expected: list[tuple[str, str, str]]
) -> None:
    """Portuguese "disse", "afirmou" and "declarou" are a wire desk's plain verbs; "alegou" and
    "admitiu" lend the speaker less or more credence (acceptance round 40, a2)."""
    line = "O porta-voz da PM {} que os agentes reagiram a um ataque na comunidade."
    notes = framing_notes(line.format("disse"), line.format(verb))
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "dropped"),
    [
        pytest.param(
            "Segundo o comunicado, o comitê avalia que a inflação segue acima da meta.",
            "O comitê avalia que a inflação segue acima da meta.",
            "Segundo o comunicado",
            id="opening",
        ),
        pytest.param(
            "A cidade tem 3.200 desalojados, segundo a prefeitura.",
            "A cidade tem 3.200 desalojados.",
            "segundo a prefeitura",
            id="closing",
        ),
        pytest.param(
            "O dólar deve fechar o ano em R$ 5,10, segundo levantamento da gestora Vila Nova.",
            "O dólar deve fechar o ano em R$ 5,10.",
            "segundo levantamento da gestora Vila Nova",
            id="a_survey",
        ),
    ],
)
def test_a_portuguese_segundo_dropped_is_an_attribution_removed(
    wire: str, copy: str, dropped: str
) -> None:
    """Portuguese "segundo" (according to) cites a source as "según" does: a copy that drops it
    states the claim as its own (acceptance round 40, a9)."""
    notes = framing_notes(wire, copy)
    assert [(n.kind, n.a, n.b) for n in notes] == [("attribution_removed", dropped, "")]


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "O governo aprovou hoje um regime especial de vistos para brasileiros.",
            "O governo português aprovou nesta segunda-feira (7) um regime especial de vistos "
            "para brasileiros.",
            [],
            id="today_against_the_weekday_and_its_day",
        ),
        pytest.param(
            "O temporal de quarta-feira, 2, deixou 29 mortos no estado.",
            "O temporal de quarta-feira deixou 29 mortos no estado.",
            [],
            id="the_weekday_alone",
        ),
        pytest.param(
            "O temporal de quarta-feira, 2, deixou 29 mortos no estado.",
            "O temporal de quarta-feira, 3, deixou 29 mortos no estado.",
            [("number_changed", "2", "3")],
            id="another_day",
        ),
    ],
)
def test_a_day_of_the_month_after_a_weekday_is_part_of_the_day(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Brazilian copy writes a weekday with its day of the month ("nesta segunda-feira (7)",
    "quarta-feira, 2"): against "hoje" or the weekday alone it adds or drops no number; another
    day is still a number changed (acceptance round 40, a12)."""
    notes = framing_notes(wire, copy)
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "dropped"),
    [
        pytest.param(
            'Segundo a polícia, os suspeitos "reagiram com tiros" à chegada dos agentes.',
            'Os suspeitos "reagiram com tiros" à chegada dos agentes.',
            "Segundo a polícia",
            id="a_few_words_quoted_inside_the_claim",
        ),
        pytest.param(
            "O desemprego caiu a 6,1%, o segundo menor índice da série, segundo o IBGE.",
            "O desemprego caiu a 6,1%, o segundo menor índice da série.",
            "segundo o IBGE",
            id="beside_the_ordinal_segundo",
        ),
        pytest.param(
            'According to the statement, the board sees the outlook as "challenging" for 2027.',
            'The board sees the outlook as "challenging" for 2027.',
            "According to the statement",
            id="english_a_word_quoted_inside_the_claim",
        ),
    ],
)
def test_a_source_dropped_beside_a_short_quotation_or_an_ordinal_is_named(
    wire: str, copy: str, dropped: str
) -> None:
    """A copy that drops "Segundo a polícia," keeps its claim's few quoted words, which do not
    say whose the claim is, and an ordinal "o segundo menor" is no source that still names the
    speaker: the attribution removed is named (acceptance round 40, a9: "Segundo o comunicado,"
    and ", segundo levantamento da gestora" were missed)."""
    notes = framing_notes(wire, copy)
    assert [(n.kind, n.a, n.b) for n in notes] == [("attribution_removed", dropped, "")]


def test_a_quotation_that_carries_the_claim_still_names_no_source_dropped() -> None:
    """A sentence that is mostly a quotation gives its claim as someone's words: a copy that
    drops its speaker's tag states nothing as its own fact."""
    notes = framing_notes(
        '"We will not hesitate to act if inflation persists," the committee said.',
        '"We will not hesitate to act if inflation persists."',
    )
    assert "attribution_removed" not in {n.kind for n in notes}


@pytest.mark.parametrize(
    ("wire", "copy"),
    [
        pytest.param(
            "दिल्ली में ग्रैप का चौथा चरण लागू, ट्रकों के प्रवेश पर रोक",
            "दिल्ली की हवा 'जहरीली', ग्रैप-4 लागू: जानिए क्या बंद रहेगा",
            id="hindi",
        ),
        pytest.param(
            "Delhi enforces the fourth stage of its air plan, bans trucks",
            "Delhi's air turns 'toxic' as Stage 4 curbs kick in",
            id="english",
        ),
    ],
)
def test_a_word_in_scare_quotes_is_no_paraphrase_turned_into_quotation(
    wire: str, copy: str
) -> None:
    """A single word set in quotation marks as a label ('जहरीली', toxic), in a headline that
    attributes nothing, where the other writes no such word, quotes no one's words: no
    quote_added; and "ग्रैप-4" / "Stage 4" is the other's "चौथा चरण" / "fourth stage", no
    number added (acceptance round 40, b10)."""
    assert framing_notes(wire, copy) == ()


def test_a_hindi_noun_of_saying_without_its_light_verb_attributes_nothing() -> None:
    """ "बड़ा खुलासा:" (big revelation) heads an exclusive: "खुलासा" names what came out, no
    verb of saying without its light verb ("खुलासा किया", revealed), so a headline that opens
    with it adds no attribution; the verb with its light verb, a particle between, still
    attributes (acceptance round 40, b10)."""
    notes = framing_notes(
        "एक्सक्लूसिव: बहानगा में खराब था सिग्नल, शिकायत दबाई गई",
        "बड़ा खुलासा: बहानगा में खराब था सिग्नल, शिकायत दबाई गई",
    )
    assert "attribution_added" not in {n.kind for n in notes}
    denied = framing_notes(
        "रेलवे ने कहा कि सिग्नल में कोई खराबी नहीं थी।",
        "रेलवे ने दावा भी किया कि सिग्नल में कोई खराबी नहीं थी।",
    )
    assert [(n.kind, n.a, n.b) for n in denied] == [("attribution_verb", "कहा", "दावा")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "The change still requires approval from the regional transit board, which meets "
            "on June 12.",
            {"still requires approval"},
            id="still_requires_approval",
        ),
        pytest.param(
            "The new timetable must still be approved by the county council.",
            {"must still be approved"},
            id="must_still_be_approved",
        ),
        pytest.param(
            "The council approved the new timetable on Monday.",
            set(),
            id="approved_outright",
        ),
    ],
)
def test_a_decision_awaiting_approval_holds_a_caveat(text: str, found: set[str]) -> None:
    """A sentence telling the approval a decision still needs is a caveat a copy drops with it,
    as "subject to approval" is (acceptance round 41, e2: a wire's "The change still requires
    approval from the regional transit board" left out by a rewrite went unnamed)."""
    assert caveats_in(words(text), text) == found


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Laut Feuerwehr wurden bei dem Brand zwölf Bewohner leicht verletzt.",
            "Bei dem Brand wurden zwölf Bewohner schwer verletzt, so die Feuerwehr.",
            ("leicht", "schwer"),
            id="german_auxiliary_moved",
        ),
        pytest.param(
            "Zwölf Bewohner wurden leicht verletzt.",
            "Zwölf Bewohner wurden schwer verletzt.",
            ("leicht", "schwer"),
            id="german",
        ),
        pytest.param(
            "Two officers were slightly injured when the roof fell in, police said.",
            "Two officers were seriously injured when the roof fell in, police said.",
            ("slightly", "seriously"),
            id="english",
        ),
    ],
)
def test_a_slight_wound_told_as_a_grave_one_is_a_size_reversed(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    """ "leicht verletzt" told as "schwer verletzt", or "slightly injured" as "seriously
    injured", makes the harm worse: a size reversed with both words, not the caveat "leicht"
    dropped, wherever German sets its auxiliary (German desk acceptance d5)."""
    notes = [(n.kind, n.a, n.b) for n in framing_notes(a, b)]
    assert ("size_reversed", *expected) in notes
    assert "hedge_removed" not in [kind for kind, _, _ in notes]


@pytest.mark.parametrize(
    ("release", "copy", "expected"),
    [
        pytest.param(
            "Burglaries rose by 6% to 81,244 in the year, the office said.",
            "Burglaries rose by 6% to more than 81,000 in the year, the office said.",
            [("number_rounded", "81,244", "more than 81,000")],
            id="a_share_then_a_count_is_no_range",
        ),
        pytest.param(
            "The claimant count rose by 48,000 to 1.27 million in March.",
            "The claimant count rose by 48,000 to almost 1.3 million in March.",
            [("number_rounded", "1.27 million", "almost 1.3 million")],
            id="a_change_and_its_level_are_no_range",
        ),
        pytest.param(
            "Emissions were cut by 3 to 4 million tonnes last year.",
            "Emissions were cut by nearly 4 million tonnes last year.",
            [("estimate_changed", "3 to 4 million", "nearly 4 million tonnes")],
            id="a_range_after_by_is_still_a_range",
        ),
        pytest.param(
            "Some 68.4% of trains arrived on time, the regulator said.",
            "Fewer than two in three trains arrived on time, the regulator said.",
            [("number_changed", "some 68.4%", "Fewer than two in three")],
            id="a_share_in_words_bounded_on_the_wrong_side",
        ),
        pytest.param(
            "The backlog stood at 4.12 million in May, down from 4.31 million in April.",
            "The backlog stood at 4.12 million in May, up from 4.31 million in April.",
            [("direction_reversed", "down", "up")],
            id="down_from_told_as_up_from",
        ),
        pytest.param(
            "Fare evasion fell by 12% this year, the operator said.",
            "Fare evasion fell by 12 this year, the operator said.",
            [("number_changed", "12%", "12")],
            id="a_percentage_told_as_a_count",
        ),
        pytest.param(
            "House prices rose by 3.1% year on year in September.",
            "House prices rose by 3.1% month on month in September.",
            [("number_changed", "year on year", "month on month")],
            id="year_on_year_told_as_month_on_month",
        ),
        pytest.param(
            "On the month, rents rose by 0.4% between May and June.",
            "Rents rose by 0.4% in the year to June.",
            [("number_changed", "On the month", "in the year to")],
            id="a_monthly_change_told_as_a_yearly_one",
        ),
        pytest.param(
            "Diesel cost 151.2p a litre, down from 158.9p a year earlier.",
            "Diesel cost 151.2p a litre, down from 158.9p a month earlier.",
            [("number_changed", "a year earlier", "a month earlier")],
            id="a_year_earlier_told_as_a_month_earlier",
        ),
        pytest.param(
            "Food bank use has more than doubled since 2021, the charity said.",
            "Food bank use has almost doubled since 2021, the charity said.",
            [("estimate_changed", "more than", "almost")],
            id="a_qualifier_of_a_factor_changed",
        ),
        pytest.param(
            "Some 4.2% of reported frauds led to a charge.",
            "Some 4.2 in every 1,000 reported frauds led to a charge.",
            [("number_changed", "4.2%", "4.2 in every 1,000")],
            id="a_percentage_told_as_a_rate_per_1000",
        ),
    ],
)
def test_a_fact_checkers_figures_told_otherwise(
    release: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """A statistics release's figures as its copies give them (acceptance round 41, c2-c7, c9):
    "by X% to Y" is a change and where it led, no range, so a fair rounding of Y is a
    rounding; a share in words on the wrong side of the figure is no rounding; "down from"
    told as "up from" reverses the direction; a percentage told as a bare count or as a rate
    per 1,000 changes the number; the period a change is measured over changed is a number
    changed; a qualifier of "doubled" changed is an estimate changed."""
    notes = framing_notes(release, copy)
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "La maire, Sophie Rivière, a dénoncé « une provocation » et un budget « insincère ».",
            "La maire, Sophie Rivière, a affirmé que le budget était « insincère ».",
            [
                ("attribution_verb", "dénoncé", "affirmé"),
                ("quote_removed", "une provocation", ""),
            ],
            id="denounced_told_as_stated",
        ),
        pytest.param(
            "Le rapport dénoncé par l'opposition a été adopté jeudi.",
            "Le rapport critiqué par l'opposition a été adopté jeudi.",
            [],
            id="participles_as_adjectives",
        ),
        pytest.param(
            "« Nous ne quitterons pas la place tant que le ministre ne nous aura pas reçus », a "
            "déclaré Léa Morin.",
            "Léa Morin a déclaré que les riverains ne quitteraient pas la place tant que le "
            "ministre ne les aurait pas reçus.",
            [
                (
                    "quote_removed",
                    "Nous ne quitterons pas la place tant que le ministre ne nous aura pas reçus",
                    "",
                )
            ],
            id="a_clause_of_time_in_reported_speech",
        ),
        pytest.param(
            "Les grévistes ont bloqué le dépôt jusqu'à l'aube, a indiqué la police.",
            "Les grévistes auraient bloqué le dépôt jusqu'à l'aube, a indiqué la police.",
            [("hedge_added", "", "auraient")],
            id="the_conditional_of_hearsay",
        ),
    ],
)
def test_french_condemnations_are_verbs_of_saying_and_a_clause_of_time_hedges_nothing(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "A dénoncé" told as "a affirmé" changes the verb of saying, as "criticized" told as
    "said" does; a conditional in a clause of time ("tant que ... ne les aurait pas reçus")
    tells the future of a past in reported speech, no hearsay, while the conditional of a main
    clause still is (French wire desk acceptance a5, a6)."""
    notes = framing_notes(wire, copy, language="fr")
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("original", "rewrite", "expected"),
    [
        pytest.param(
            "Police arrested 11 protesters on Saturday after clashes outside the regional "
            "parliament, where demonstrators had gathered to oppose a new mining law.",
            "Eleven rioters were arrested on Saturday after clashes outside the regional "
            "parliament, where militants had gathered to oppose a new mining law.",
            [
                ("loaded_term_added", "", "militants, rioters"),
                ("agent_removed", "Police arrested", "rioters were arrested"),
            ],
            id="a_sentence_turned_round_its_plain_word",
        ),
        pytest.param(
            "Police arrested 11 protesters outside the regional parliament on Saturday.",
            "Police arrested 11 rioters outside the regional parliament on Saturday.",
            [("loaded_term", "protesters", "rioters")],
            id="the_plain_word_in_its_place",
        ),
    ],
)
def test_a_plain_word_is_named_only_where_a_loaded_one_takes_its_place(
    original: str, rewrite: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Protesters" is the plain word for what "rioters" calls loaded: swapped in its place it
    is named with it, but a rewrite that turns the sentence round adds the loaded words and
    removes nothing loaded (a Python-API researcher's acceptance e5)."""
    notes = framing_notes(original, rewrite)
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Der mutmaßliche Täter wurde am Montag festgenommen, teilte die Polizei mit.",
            "Der Täter wurde am Montag festgenommen, teilte die Polizei mit.",
            ("hedge_removed", "mutmaßliche", "", "mutmaßliche", ""),
            id="a_letter_folding_turns_into_two",
        ),
        pytest.param(
            "Am Morgen blockierten Anwohner die Kreuzung am Hauptbahnhof.",
            "Am Morgen blockierten Klimakleber die Kreuzung am Hauptbahnhof.",
            ("loaded_term_added", "", "Klimakleber", "", "Klimakleber"),
            id="nouns_capitalised_inside_a_sentence",
        ),
        pytest.param(
            "Protesters blocked the junction outside the station on Monday.",
            "Rioters blocked the junction outside the station on Monday.",
            ("loaded_term", "protesters", "rioters", "Protesters", "Rioters"),
            id="a_sentence_opening_capital_is_no_spelling",
        ),
    ],
)
def test_a_note_quotes_the_words_as_the_article_spells_them(
    a: str, b: str, expected: tuple[str, str, str, str, str]
) -> None:
    """A note gives German words as written, "mutmaßliche" with its ß and "Klimakleber" with
    its capital, placed where the article writes them, so a desk can quote them in a
    correction; a capital that only opens a sentence stays folded (German desk acceptance,
    round 41, d10)."""
    a_span, b_span = Span((3,), 200, 200 + len(a), a), Span((5,), 90, 90 + len(b), b)
    (note,) = placed(framing_notes(a, b, language=words_language(a)), a_span, b_span)
    assert (note.kind, note.a, note.b) == expected[:3]
    assert tuple(a[start - 200 : end - 200] for start, end in note.a_spans) + tuple(
        b[start - 90 : end - 90] for start, end in note.b_spans
    ) == tuple(part for part in expected[3:] if part)


@pytest.mark.parametrize(
    ("text", "hedges"),
    [
        pytest.param(
            "Harbour pilots said the anchorage was the fullest they could remember.",
            (),
            id="a_superlatives_degree",
        ),
        pytest.param(
            "The judge adjourned the hearing until Friday so the ballot papers could be counted.",
            (),
            id="a_purpose",
        ),
        pytest.param(
            "The inquiry was adjourned so that witnesses might be recalled.",
            (),
            id="a_purpose_with_that",
        ),
        pytest.param(
            "Stewards said the quay was cleared as fast as they could manage.",
            (),
            id="a_comparisons_degree",
        ),
        pytest.param(
            "Talks broke down, so the stoppage could spread to other ports.",
            ("could",),
            id="a_result_after_a_comma_still_hedges",
        ),
        pytest.param(
            "Hauliers warned that so many lorries could be stranded for days.",
            ("could",),
            id="so_before_a_quantifier_still_hedges",
        ),
    ],
)
def test_a_modal_of_purpose_or_ability_is_no_hedge_in_a_profile(
    text: str, hedges: tuple[str, ...]
) -> None:
    """A modal in a clause of purpose ("so the ballot papers could be counted") or of degree
    ("the fullest they could remember", "as fast as they could") says what someone did something
    for or was able to do, not what may happen: the outlet's profile counts no hedge, while one
    after a result's "so" or before "so many" still is (acceptance round 42, g4)."""
    doc = document(text)
    assert framing_profile(doc, segment(doc)).hedges == hedges


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Around 6,000 people marched through Tarvik on Saturday.",
            "Thousands of people marched through Tarvik on Saturday.",
            [("number_rounded", "around 6,000", "Thousands")],
            id="thousands_of_around_6000",
        ),
        pytest.param(
            "At least 37 people were hurt in the crush.",
            "Dozens of people were hurt in the crush.",
            [("number_rounded", "at least 37", "Dozens")],
            id="dozens_of_at_least_37",
        ),
        pytest.param(
            "Medics treated dozens of marchers for smoke inhalation, the fire service said.",
            "Medics treated 35 marchers for smoke inhalation, the fire service said.",
            [("number_rounded", "dozens", "35")],
            id="a_count_the_order_holds_made_exact",
        ),
        pytest.param(
            "About 1,500 people marched through Tarvik on Saturday.",
            "Thousands of people marched through Tarvik on Saturday.",
            [("number_changed", "1,500", "Thousands")],
            id="thousands_of_1500_inflates_it",
        ),
    ],
)
def test_an_order_in_words_in_place_of_a_figure_it_counts_rounds_it(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """A copy that writes "Thousands of people" for "Around 6,000 people" makes the figure vague
    as a rounding does (``number_rounded``), not another number; "thousands" of 1,500 still
    changes it (acceptance round 42, g5)."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "وقال مسؤول في الوزارة إن الشحنة تكفي لعلاج نحو 12 ألف مريض.",
            "وقال مسؤول في الوزارة إن الشحنة تكفي لعلاج 12 ألف مريض.",
            [("estimate_changed", "نحو", "")],
            id="about_dropped",
        ),
        pytest.param(
            "واتهم مسلحون البلدية بقطع المياه عن الحي، وهو ما نفاه المحافظ.",
            "وادعى مسلحون أن البلدية قطعت المياه عن الحي، وهو ما نفاه المحافظ.",
            [("attribution_verb", "واتهم", "وادعى")],
            id="accused_told_as_claimed",
        ),
        pytest.param(
            "ويبلغ إنتاج المصفاة حاليا 140 ألف برميل يوميا بحسب بيانات رسمية.",
            "ويبلغ إنتاج المصفاة حاليا 140 ألف برميل يوميا.",
            [("attribution_removed", "بحسب", "")],
            id="according_to_official_data_dropped",
        ),
    ],
)
def test_arabic_estimates_accusations_and_according_to_are_read_without_a_users_terms(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Arabic's "about" before a figure ("نحو"), "accused" ("اتهم", a verb of saying as
    "accused" is) and "according to" ("بحسب", which names whom it cites after it) are in the
    package's lists: a copy that drops the first makes its figure exact, swaps the second for
    "claimed", or states the claim the third attributed as fact."""
    assert [(n.kind.value, n.a, n.b) for n in framing_notes(a, b)] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "Las lluvias han dejado 1.200 damnificados y cuatro muertos en Veracruz, informaron "
            "autoridades de Protección Civil.",
            "Las lluvias han dejado mil 200 damnificados y cuatro muertos en Veracruz, informaron "
            "autoridades de Protección Civil.",
            [],
            id="mil_200_is_1200",
        ),
        pytest.param(
            "Cinco personas murieron y 32 resultaron heridas al descarrilar un tren de pasajeros "
            "cerca de Temperley.",
            "Siete personas murieron y 40 resultaron heridas al descarrilar un tren de pasajeros "
            "cerca de Temperley.",
            [("number_changed", "Cinco", "Siete"), ("number_changed", "32", "40")],
            id="a_toll_in_words_opening_the_sentence",
        ),
        pytest.param(
            "La erupción obligó a evacuar a unas 2.000 personas de la provincia, informó la "
            "Secretaría de Gestión de Riesgos.",
            "La erupción obligó a evacuar a miles de personas de la provincia, informó la "
            "Secretaría de Gestión de Riesgos.",
            [("number_changed", "2.000", "miles")],
            id="a_figure_made_vague",
        ),
    ],
)
def test_spanish_numbers_written_the_latin_american_way(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Mexican "mil 200" is the wire's 1.200, no number changed; a toll spelled out at a
    sentence's opening ("Cinco personas murieron") is the toll an update changes, not the injured
    count; "miles de personas" makes "unas 2.000" vague and leaves a count in its place (Spanish
    wire desk acceptance f1, f2, f4)."""
    notes = framing_notes(wire, copy, language="es")
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "Al menos 23 personas resultaron heridas este viernes en enfrentamientos entre "
            "manifestantes y agentes de la Policía durante la tercera jornada del paro.",
            "Al menos 23 personas resultaron heridas este viernes en enfrentamientos entre "
            "delincuentes y agentes de la Policía durante la tercera jornada del paro.",
            [("loaded_term", "manifestantes", "delincuentes")],
            id="marchers_called_criminals",
        ),
        pytest.param(
            "La Policía desarticuló una organización que introducía cocaína en España oculta en "
            "cargamentos de fruta procedentes de Colombia.",
            "La Policía desarticuló una banda de narcotraficantes que introducía cocaína en España "
            "oculta en cargamentos de fruta procedentes de Colombia.",
            [("loaded_term", "organización", "banda de narcotraficantes")],
            id="an_organisation_called_a_gang_of_traffickers",
        ),
        pytest.param(
            "Un enfrentamiento entre integrantes de dos grupos delictivos dejó 11 muertos en el "
            "municipio, informó la Fiscalía del estado.",
            "Un enfrentamiento entre sicarios de dos cárteles dejó 11 muertos en el municipio, "
            "informó la Fiscalía del estado.",
            [("loaded_term", "grupos delictivos, integrantes", "cárteles, sicarios")],
            id="suspects_called_hitmen_of_cartels",
        ),
        pytest.param(
            "Desarticulada en España una red que escondía cocaína en fruta de Colombia",
            "Cae en España una red de narcos que escondía cocaína en fruta de Colombia",
            [("loaded_term_added", "", "narcos")],
            id="slang_for_traffickers",
        ),
        pytest.param(
            "Los delincuentes huyeron en una motocicleta tras asaltar la joyería, informó la "
            "Policía.",
            "Los delincuentes escaparon en una motocicleta tras asaltar la joyería, informó la "
            "Policía.",
            [],
            id="robbers_called_so_in_crime_copy",
        ),
    ],
)
def test_spanish_crime_copy_loaded_words(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Marchers called criminals, suspects called hitmen of cartels and a gang of traffickers in
    place of the police's neutral words are loaded terms, and "narcos" is loaded wherever it is
    written; "delincuentes" alone is crime copy's plain word (Spanish wire desk acceptance f3)."""
    notes = framing_notes(wire, copy, language="es")
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "The new ferry terminal will open in April, subject to a final review by the harbour "
            "board.",
            "The new ferry terminal will open in April.",
            [(FramingKind.HEDGE_REMOVED, "subject to a final review by the harbour board", "")],
            id="unlisted_condition_dropped",
        ),
        pytest.param(
            "The ministry expects hospital admissions to fall below 40,000 by March, subject to "
            "winter pressures.",
            "Hospital admissions will fall below 40,000 by March.",
            [(FramingKind.HEDGE_REMOVED, "expects, subject to winter pressures", "")],
            id="forecast_and_its_condition_dropped",
        ),
        pytest.param(
            "The new ferry terminal will open in April, subject to a final review by the harbour "
            "board.",
            "The new ferry terminal will open in April, subject to a final review.",
            [],
            id="condition_shortened_is_kept",
        ),
        pytest.param(
            "The trust plans a second clinic in Dunmore next year, subject to funding.",
            "The trust plans a second clinic in Dunmore next year.",
            [(FramingKind.HEDGE_REMOVED, "subject to funding", "")],
            id="listed_condition_noted_once",
        ),
        pytest.param(
            "Steel imports from the region were subject to a 25% tariff last year.",
            "Steel imports from the region faced a 25% tariff last year.",
            [],
            id="subject_to_inside_its_clause_is_no_condition",
        ),
    ],
)
def test_condition_clause_dropped(
    wire: str, copy: str, expected: list[tuple[FramingKind, str, str]]
) -> None:
    """A clause of its own that opens with "subject to" and names what the claim waits on in a
    few words is a caveat, listed or not: dropped, the claim reads as settled; shortened under
    the same lead, it is kept; "were subject to a tariff" tells no condition (press-release
    acceptance h2, web archivist acceptance i9)."""
    notes = framing_notes(wire, copy)
    assert [(n.kind, n.a, n.b) for n in notes] == expected


def test_caveat_clause_cut_after_a_kept_attribution() -> None:
    """A concessive clause that a speaker's caveat opens, after an attribution both versions
    keep, cut whole, is a caveat dropped: the copy keeps "engineers said" and loses "though they
    cautioned ..." (web archivist acceptance i9)."""
    notes = framing_notes(
        "The leak was caused by a corroded valve, engineers said, though they cautioned that "
        "tests were still under way.",
        "The leak was caused by a corroded valve, engineers said.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [
        (FramingKind.HEDGE_REMOVED, "though they cautioned that tests were still under way", "")
    ]


def test_agent_removed_beside_an_attribution_naming_it() -> None:
    """Who acted, dropped for the passive, is noted though the copy still cites the same body as
    its source: "..., soldiers said" tells who reports the detentions, not who made them
    (library acceptance e4)."""
    notes = framing_notes(
        "Soldiers detained four journalists near the border on Tuesday, soldiers said.",
        "Four journalists were detained near the border on Tuesday, soldiers said.",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [
        (FramingKind.AGENT_REMOVED, "Soldiers detained", "journalists were detained")
    ]


@pytest.mark.parametrize(
    ("wire", "copy", "language", "expected"),
    [
        pytest.param(
            '"Мы не отправим туда войска, пока не получим гарантий", — сказал Ковальский '
            "журналистам.",
            "По словам Ковальского, войска туда не отправят, пока не будут получены гарантии.",
            "ru",
            [("quote_removed", "Мы не отправим туда войска, пока не получим гарантий", "")],
            id="quote_told_after_po_slovam_of_the_declined_name",
        ),
        pytest.param(
            "Более 15 человек погибли при обрушении дома в Самаре, сообщили спасатели.",
            "15 человек погибли при обрушении дома в Самаре, сообщили спасатели.",
            "ru",
            [("estimate_changed", "более", "")],
            id="ru_bound_dropped",
        ),
        pytest.param(
            "По данным спасателей, эвакуированы около 300 жителей поселка.",
            "По данным спасателей, эвакуированы более 300 жителей поселка.",
            "ru",
            [("estimate_changed", "около", "более")],
            id="ru_about_made_more_than",
        ),
        pytest.param(
            "Рятувальники евакуювали близько 300 мешканців селища.",
            "Рятувальники евакуювали понад 300 мешканців селища.",
            "uk",
            [("estimate_changed", "близько", "понад")],
            id="uk_about_made_more_than",
        ),
        pytest.param(
            "Ранены 12 человек, среди них двое детей, уточнили в областном минздраве.",
            "Ранены 12 человек, среди них двое детей, утверждают в областном минздраве.",
            "ru",
            [("attribution_verb", "уточнили", "утверждают")],
            id="clarified_made_claimed",
        ),
        pytest.param(
            "Губернатор напомнил, что на ремонт школы выделено 40 млн рублей.",
            "Губернатор утверждал, что на ремонт школы выделено 40 млн рублей.",
            "ru",
            [("attribution_verb", "напомнил", "утверждал")],
            id="reminded_made_claimed",
        ),
        pytest.param(
            "Над областью сбиты восемь беспилотников, заявило ведомство.",
            "Над областью сбиты восемь беспилотников, заявляло ведомство. Проверить эту "
            "информацию не удалось.",
            "ru",
            [("hedge_added", "", "проверить эту информацию не удалось")],
            id="verification_caveat_in_russian_word_order",
        ),
    ],
)
def test_russian_and_ukrainian_framing(
    wire: str, copy: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    """A quotation told after "По словам" with its speaker's name declined is turned into
    paraphrase; Russian and Ukrainian "около", "более", "близько" and "понад" say
    how exact a number is; "уточнили" and "напомнил" are plain verbs of saying, and "заявляло"
    one too; "Проверить ... не удалось" is a verification caveat (Russian and Ukrainian framing
    acceptance k1, k2, k6, k8)."""
    notes = framing_notes(wire, copy, language=language)
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.usefixtures("package_terms_after")
def test_a_ukrainian_verb_added_is_named_against_the_plain_said() -> None:
    """A Ukrainian verb of saying a user adds ("стверджує", claims) in place of the plain
    "заявив" (said) is an attribution verb changed, without "заявив" added as well (Russian and
    Ukrainian framing acceptance k5)."""
    use_terms(AddedTerms(attribution_verbs=("стверджує",)))
    notes = framing_notes(
        "Голова ради Петренко заявив, що місто не планує підвищувати тарифи до кінця року.",
        "Голова ради Петренко стверджує, що місто не планує підвищувати тарифи до кінця року.",
        language="uk",
    )
    assert [(n.kind, n.a, n.b) for n in notes] == [("attribution_verb", "заявив", "стверджує")]


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "Der Verdächtige sei der Polizei bereits wegen Körperverletzung bekannt gewesen, "
            "hieß es.",
            "Der Verdächtige war der Polizei bereits wegen Körperverletzung bekannt.",
            [("hedge_removed", "hiess es, sei", "")],
            id="it_was_said_and_its_subjunctive_dropped",
        ),
        pytest.param(
            "Die Brücke werde frühestens im Mai wieder für den Verkehr freigegeben.",
            "Die Brücke wird frühestens im Mai wieder für den Verkehr freigegeben.",
            [("hedge_removed", "werde", "")],
            id="a_claim_in_the_subjunctive_stated_as_fact",
        ),
        pytest.param(
            "Die Brücke werde frühestens im Mai wieder freigegeben, sagte ein Sprecher der Stadt.",
            "Die Brücke wird frühestens im Mai wieder freigegeben, sagte ein Sprecher der Stadt.",
            [],
            id="reported_speech_of_a_named_speaker",
        ),
        pytest.param(
            "Der Sprecher gab an, die Brücke werde frühestens im Mai wieder freigegeben.",
            "Die Brücke werde frühestens im Mai wieder freigegeben.",
            [("attribution_removed", "Der Sprecher gab an", ""), ("hedge_added", "", "werde")],
            id="the_speaker_dropped_the_subjunctive_kept",
        ),
        pytest.param(
            "Das heißt, es wird für Pendler im kommenden Jahr deutlich teurer.",
            "Für Pendler wird es im kommenden Jahr deutlich teurer.",
            [],
            id="that_is_says_nothing",
        ),
    ],
)
def test_german_reported_speech_told_as_fact_drops_a_hedge(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """German marks a claim as someone else's with the subjunctive of reported speech ("sei",
    "werde") and with "hieß es": a copy that puts it in the indicative, or drops "hieß es", states
    it as fact; after a named speaker's verb the subjunctive is grammar, no hedge, so a copy that
    drops the speaker and keeps it tells the claim as hearsay, as "reportedly" does; "Das heißt,
    es" (that is) says nothing (German desk acceptance round 41, d6)."""
    notes = framing_notes(wire, copy, language="de")
    assert [(n.kind, n.a, n.b) for n in notes] == expected


@pytest.mark.parametrize(
    ("wire", "copy", "expected"),
    [
        pytest.param(
            "قتل 12 شخصا على الأقل في اشتباكات بين مجموعتين مسلحتين جنوب طرابلس.",
            "قتل 15 شخصا في اشتباكات بين مجموعتين مسلحتين جنوب طرابلس.",
            [("number_changed", "12", "15"), ("estimate_changed", "على الأقل", "")],
            id="at_least_after_the_counted_dropped",
        ),
        pytest.param(
            "قتل على الأقل 12 شخصا في اشتباكات بين مجموعتين مسلحتين جنوب طرابلس.",
            "قتل 12 شخصا في اشتباكات بين مجموعتين مسلحتين جنوب طرابلس.",
            [("estimate_changed", "على الأقل", "")],
            id="at_least_before_the_number_dropped",
        ),
        pytest.param(
            "قتل 12 شخصا على الأقل في اشتباكات جنوب طرابلس.",
            "قتل 12 شخصا على الأقل في اشتباكات عنيفة جنوب طرابلس.",
            [],
            id="at_least_kept",
        ),
    ],
)
def test_an_arabic_at_least_written_after_its_count_is_read(
    wire: str, copy: str, expected: list[tuple[str, str, str]]
) -> None:
    """Arabic copy writes "at least" after the number and what it counts ("12 شخصا على الأقل")
    as often as before the number: a copy that drops it tells the toll as exact (Arabic desk
    acceptance round 42, j4)."""
    notes = framing_notes(wire, copy, language="ar")
    assert [(n.kind, n.a, n.b) for n in notes] == expected
