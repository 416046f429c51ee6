"""Who can be a speaker: documents, short forms of names, namesakes, third parties, organisations.

Each test is one class of wrong speaker seen on real news, on a short article of our own:
a report or a bill given as the speaker, an adjective standing for a company, the wrong one of
two people with one surname, a judge's words given to the defendant, "the paper said".
"""

from __future__ import annotations

import re

import pytest
from quote_checks import Parse, quotes, speaker

from newscli.models import Entity, EntityType, Mention
from newscli.nlp.quotes import extract_quotes

pytestmark = pytest.mark.model


# ---- documents ----------------------------------------------------------------------------------


def test_a_report_speaks_for_whoever_the_text_says_issued_it(parse: Parse) -> None:
    text = (
        "The Harbour Authority published a report on the dredging of the inner basin in May.\n\n"
        '"Silt levels doubled in two years," the report said.'
    )
    assert speaker(quotes(parse, text), "Silt levels") == "Harbour Authority"


def test_a_report_nobody_is_said_to_have_issued_has_no_speaker(parse: Parse) -> None:
    text = (
        "A leaked review of the spring floods in Marlow lists a string of missed warnings.\n\n"
        '"Pumps at three stations failed within the first hour," the review states, and the report adds that '
        '"no one checked the backup generators."\n\n'
        "Mayor Ines Caldwell did not comment on the findings."
    )
    found = quotes(parse, text)
    assert speaker(found, "no one checked") is None  # not "report", and not the mayor named after it


def test_a_bill_is_no_speaker(parse: Parse) -> None:
    text = (
        "Senators debated the Coastal Access Bill on Tuesday.\n\n"
        "According to the guidance notes of the Coastal Access Bill, councils would have to keep "
        '"a register of every gate and stile on the shore path".'
    )
    assert speaker(quotes(parse, text), "a register") is None  # not "Coastal Access Bill"


# ---- short forms --------------------------------------------------------------------------------


def test_an_adjective_standing_for_a_company_is_the_company(parse: Parse) -> None:
    text = (
        "Both Continental Freight and National Haulage run depots at the port. Both firms said they had "
        "planned for the dock strike.\n\n"
        '"Our lorries will keep moving through the night," Continental said in a statement.\n\n'
        'National said it had hired "enough relief drivers for a fortnight."'
    )
    found = quotes(parse, text)
    assert speaker(found, "Our lorries") == "Continental Freight"
    assert speaker(found, "enough relief") == "National Haulage"


def test_a_direction_is_the_one_place_it_abbreviates_or_nobody(parse: Parse) -> None:
    one = (
        "North Macedonia opened a new border crossing on Monday.\n\n"
        'The North said the crossing would "cut queues for lorries by half."'
    )
    assert speaker(quotes(parse, one), "cut queues") == "North Macedonia"
    two = (
        "Farmers from North Dakota met traders from North Carolina at the fair in Fargo.\n\n"
        'The North said grain prices would fall unless buyers showed "some patience this year."'
    )
    assert speaker(quotes(parse, two), "some patience") is None  # two places it could abbreviate


def test_a_country_is_a_name_of_its_own_not_a_short_form(parse: Parse) -> None:
    text = (
        "Israel Defense Forces units crossed the border at dawn, witnesses said.\n\n"
        '"We will respond to any attack," Israel said in a statement.'
    )
    assert speaker(quotes(parse, text), "We will respond") == "Israel"


# ---- namesakes ----------------------------------------------------------------------------------

_NAMESAKES = (
    "President Hale named Ms. Brandt to the trade post in 2017. Critics of Mr. Hale said the choice was political.\n\n"
    '"Nobody in Geneva works harder than she does," Mr. Hale said.\n\n'
    'Earlier he said that his daughter Ivana Hale "could do the job, but I am not going to choose family."\n\n'
    'Ms. Brandt has worked closely with Ms. Hale. "Ivana taught me the rules of the place," Ms. Brandt said.\n\n'
    '"I have no plans to leave my company," Ms. Hale said.'
)


def test_a_surname_used_alone_before_a_namesake_is_introduced_is_its_own_person(parse: Parse) -> None:
    found = quotes(parse, _NAMESAKES)
    assert speaker(found, "Nobody in Geneva") == "Hale"  # the president, not his daughter Ivana Hale
    assert speaker(found, "could do the job") == "Hale"  # "he": the president again


def test_an_honorific_tells_namesakes_apart(parse: Parse) -> None:
    found = quotes(parse, _NAMESAKES)
    assert speaker(found, "I have no plans") == "Ivana Hale"  # "Ms. Hale" is the daughter
    assert speaker(found, "Ivana taught") == "Brandt"  # and a speaker's name carries no courtesy title


def test_a_bare_surname_is_the_namesake_the_lede_introduced(parse: Parse) -> None:
    text = (
        "Striker Lena Okafor scored twice as Harbour City won the cup final on Sunday.\n\n"
        "Her brother, Daniel Okafor, watched from the stands.\n\n"
        '"I have waited ten years for this," Okafor said.'
    )
    assert speaker(quotes(parse, text), "I have waited") == "Lena Okafor"


# ---- third parties ------------------------------------------------------------------------------


def test_the_one_prompted_to_speak_speaks(parse: Parse) -> None:
    text = (
        'Mayor Dana Kessler said the budget was "balanced" before launching into another attack that prompted '
        'Judge Paul Ortega to quip the hearing sounded like "a rerun of a bad show."'
    )
    found = quotes(parse, text)
    assert speaker(found, "balanced") == "Dana Kessler"
    assert speaker(found, "a rerun") == "Paul Ortega"  # not the mayor the sentence began with


def test_someone_who_did_not_respond_said_nothing(parse: Parse) -> None:
    text = (
        '"The audit is a fishing trip," added Councillor Maria Lopez, the senior member of the panel. "I am sure '
        "staff see this as a plain message of fear -- 'cut your budget or we will cut it for you.'\" Finance "
        "Committee Chairman Tom Reed, D-Westland, did not respond to a request for comment."
    )
    assert speaker(quotes(parse, text), "I am sure") == "Maria Lopez"  # not Tom Reed, who said nothing


def test_a_clause_with_its_own_subject_beside_the_cue_is_not_the_cues(parse: Parse) -> None:
    text = (
        'The Harbour Trust said the repairs were "ahead of schedule," and one engineer attributed the delay to '
        '"a shortage of trained welders at the yard."'
    )
    found = quotes(parse, text)
    assert speaker(found, "ahead of") == "Harbour Trust"
    assert speaker(found, "a shortage") is None  # the unnamed engineer's words


def test_a_participle_goes_with_the_participle_it_is_coordinated_with(parse: Parse) -> None:
    text = (
        "A spokesperson of the council issued a statement Friday, saying Mayor Dana Kessler has no intention to "
        'meet the strikers again and calling it a "pointless" wish to expect a deal soon.'
    )
    assert speaker(quotes(parse, text), "pointless") != "Dana Kessler"  # the spokesperson calls it so


def test_someone_elses_request_does_not_continue_the_running_speaker(parse: Parse) -> None:
    text = (
        "Mayor Dana Kessler has said he is open to the merger. Nonetheless, the review board's request to "
        '"name every officer who attended" the talks has unsettled the staff.'
    )
    assert speaker(quotes(parse, text), "name every officer") is None


def test_a_one_word_answer_closed_by_the_attribution_is_a_quotation(parse: Parse) -> None:
    text = 'After a long silence, Ortega asked Kessler: "Ready?"\n\n"Ready," Kessler said.'
    found = quotes(parse, text)
    assert [(q.text, q.speaker) for q in found] == [("Ready?", "Ortega"), ("Ready,", "Kessler")]


def test_a_verb_goes_with_the_verb_of_its_own_form_it_is_coordinated_with(parse: Parse) -> None:
    text = (
        "Furthermore, even fans who never skated see an average player making $4 million a year and think he "
        'is "just stopping pucks for a living."'
    )
    (quote,) = quotes(parse, text)
    assert quote.speaker is None  # the fans think so, not the player: a generic "an average player" never speaks
    assert quote.speaker_mention is not None and "fans" in quote.speaker_mention


# ---- delayed identification -----------------------------------------------------------------------


def test_an_unnamed_expert_is_the_person_the_next_sentence_introduces(parse: Parse) -> None:
    text = (
        'Harbour City has become "a ghost town after six," an expert has warned.\n\n'
        "Urban planner Tomas Vlk was discussing how the centre had emptied since the mall opened."
    )
    assert speaker(quotes(parse, text), "a ghost town") == "Tomas Vlk"


def test_a_description_sharing_words_with_the_office_introduced_next_is_that_person(parse: Parse) -> None:
    text = (
        'A leader of the largest nurses union in the state said the new rota "ignores the night shift."\n\n'
        '"We were not asked once," said Dana Kessler, executive director of the Westland State Nurses Association.'
    )
    assert speaker(quotes(parse, text), "ignores the night") == "Dana Kessler"


def test_a_witness_is_not_the_official_named_after_them(parse: Parse) -> None:
    text = (
        'A witness told reporters the van was "going far too fast for a street like this."\n\n'
        "Police Chief Ana Ruiz said officers were still questioning the driver."
    )
    assert speaker(quotes(parse, text), "going far") != "Ana Ruiz"


# ---- organisations by a common noun ---------------------------------------------------------------


def test_the_newspaper_is_the_one_the_article_introduced_as_a_newspaper(parse: Parse) -> None:
    text = (
        "The mayor said on Monday he had read the findings of the newspaper Nordic Ledger with concern.\n\n"
        'At least 12 inspectors had been rated "unfit for duty" and were moved to desk jobs, the newspaper reported.'
    )
    assert speaker(quotes(parse, text), "unfit for duty") == "Nordic Ledger"


def test_the_paper_and_its_it_continue_the_paper_that_just_spoke(parse: Parse) -> None:
    text = (
        '"The tolls are a tax on the poor," the Harbour Gazette said in an editorial.\n\n'
        'Marlow has defended the plan. The paper said the plan included a "congestion band," which it claims is '
        'proof of "a scheme to empty the old town."'
    )
    found = quotes(parse, text)
    assert speaker(found, "congestion band") == "Harbour Gazette"  # not "paper"
    assert speaker(found, "a scheme to empty") == "Harbour Gazette"  # "it" is the paper, not the town


def test_the_company_is_the_company_the_story_is_about(parse: Parse) -> None:
    text = 'Acme Corp. cut 300 jobs at its Dorval plant on Monday.\n\nThe company said it "had no choice but to act."'
    assert speaker(quotes(parse, text), "had no choice") == "Acme Corp."


def test_a_company_spokeswoman_speaks_for_the_company_the_story_is_about(parse: Parse) -> None:
    text = (
        "Acme Corp. recalled 3,000 space heaters on Friday after reports of fires.\n\n"
        '"Safety comes first for us," a company spokeswoman said.'
    )
    assert speaker(quotes(parse, text), "Safety comes") == "Acme Corp."


def test_they_after_people_as_the_subject_is_not_an_organisation_named_earlier(parse: Parse) -> None:
    text = (
        "The councillors also asked what steps the Port Authority is taking to clear the silt.\n\n"
        "Rep. Dana Kessler and her colleagues asked for answers by the end of June.\n\n"
        '"The delays put every fishing family at risk," they wrote.'
    )
    assert speaker(quotes(parse, text), "The delays") is None  # the unnamed colleagues, not the authority


def test_an_acronym_the_rows_lack_is_the_organisation_it_spells(parse: Parse) -> None:
    text = (
        "The toll plan was shelved after the group Voters Against Toll Roads said it would sue the county. "
        'VATR said it wants an end to "unfair" and "hidden" charges.'
    )
    found = quotes(parse, text)
    assert {(q.speaker, q.attribution) for q in found} == {("Voters Against Toll Roads", "cue")}


def test_she_after_a_spokeswoman_for_an_organisation_is_the_organisation(parse: Parse) -> None:
    text = (
        "The dock workers do not plan to block the ferries, a spokeswoman for the Harbour Workers Union told "
        'reporters on Monday.\n\n"We want the town on our side," she said.'
    )
    assert speaker(quotes(parse, text), "We want the town") == "Harbour Workers Union"


# ---- layout and parse -----------------------------------------------------------------------------


def test_a_pull_quote_labelled_with_its_source_is_the_person_its_section_has_speak(parse: Parse) -> None:
    text = (
        "Markets rallied on the jobs data.\n\n"
        "‘Better than feared, but no boom’: NPB Research\n\n"
        "Northern Pacific Bank senior economist Lara Quist said the gain in hiring was better than feared.\n\n"
        "‘Rates to stay on hold’: Westbridge\n\n"
        "Analyst Carla Ortiz said the figures changed nothing for the central bank."
    )
    found = quotes(parse, text)
    assert speaker(found, "Better than feared") == "Lara Quist"  # "NPB" spells Northern Pacific Bank
    assert speaker(found, "Rates to stay") is None  # the label names no source the section speaks for


def test_an_attribution_set_between_commas_covers_its_sentence(parse: Parse) -> None:
    text = (
        "Vendor Peter Okello has sold fruit at the Kariakoo market for a decade.\n\n"
        "After dusk, Mr Okello says, stalls get looted and suppose traders report such thefts to police, little "
        'follows because "nobody can see faces in the dark."'
    )
    assert speaker(quotes(parse, text), "nobody can see") == "Peter Okello"  # not the traders who report thefts


def test_a_heading_above_a_name_says_nothing_about_that_person(parse: Parse) -> None:
    text = (
        "Singer opens up about tragic post on her late dad\n\n"
        'Mara Brenn has been criticised by a music critic who rejected her claim that she had a "lonely '
        'childhood" in Oslo.'
    )
    assert speaker(quotes(parse, text), "lonely") == "Mara Brenn"  # "dad" ends the heading: she is no man


# ---- names the rows give short or wrong ---------------------------------------------------------------


def _row(text: str, name: str, kind: EntityType, *surfaces: str) -> Entity:
    """An entity row with a mention at every occurrence of each surface (as a row the entity stage could give)."""
    spans = sorted({(m.start(), m.end()) for s in surfaces for m in re.finditer(rf"\b{re.escape(s)}\b", text)})
    return Entity(name, kind, count=len(spans), mentions=tuple(Mention(a, b, text[a:b]) for a, b in spans))


def test_a_person_the_rows_know_by_surname_takes_the_fuller_name_the_article_writes(parse: Parse) -> None:
    text = (
        "Paula Greco, an economist at Westbridge, was more cautious.\n\n"
        '"One month of data proves very little," said Greco.'
    )
    doc = parse(text)
    rows = [_row(text, "Greco", "person", "Greco"), _row(text, "Westbridge", "organization", "Westbridge")]
    (quote,) = extract_quotes(doc, rows)
    assert quote.speaker == "Paula Greco"


def test_an_organisation_named_after_a_person_is_no_person(parse: Parse) -> None:
    text = (
        "Ivana Hale advised the Hale administration on trade.\n\n"
        'The Hale administration said it had "no plans to change course."'
    )
    doc = parse(text)
    rows = [_row(text, "Ivana Hale", "person", "Ivana Hale"),
            _row(text, "Hale administration", "organization", "Hale administration")]  # fmt: skip
    (quote,) = extract_quotes(doc, rows)
    assert quote.speaker == "Hale administration"  # not Ivana Hale: "administration" is part of the name


def test_a_capitalised_word_after_the_is_no_persons_first_name(parse: Parse) -> None:
    text = (
        "Opposition leader Bill Marr met the farmers' union on Tuesday.\n\n"
        "Councils would keep, according to the guidance notes of the Coastal Bill, "
        '"a register of every gate on the shore path".'
    )
    doc = parse(text)
    rows = [_row(text, "Bill Marr", "person", "Bill Marr", "Bill"),  # the rows took the bill's "Bill" for his
            _row(text, "Coastal Bill", "misc", "Coastal Bill")]  # fmt: skip
    (quote,) = extract_quotes(doc, rows)
    assert quote.speaker is None


def test_capitals_labels_over_product_names_are_no_transcript(parse: Parse) -> None:
    text = (
        "The cup final went to extra time before the home side won in Leeds.\n\n"
        "BUY NOW: Official Home Shirt for the new season\n\n"
        "Both sides traded chances in the first half.\n\n"
        "SEE DEALS: Signed Match Ball in a Display Case\n\n"
        '"We never stopped believing," captain Dara Quinn said.'
    )
    assert [(q.speaker, q.text[:10]) for q in quotes(parse, text)] == [("Dara Quinn", "We never s")]


def test_a_one_word_answer_before_its_cue_is_a_quotation(parse: Parse) -> None:
    text = (
        "The panel pressed Vogt on whether he had signed off on the budget.\n\n"
        "“Possibly,” Vogt said, and then he named three other officials who could have.\n\n"
        "The hearing resumes on Monday with a “budget expert” on the stand."
    )
    assert [(q.speaker, q.text) for q in quotes(parse, text)] == [("Vogt", "Possibly,")]


def test_a_that_clause_hung_on_the_medium_is_what_the_cue_reports(parse: Parse) -> None:
    text = (
        "Storm damage closed the harbour at Port Ellis for a second day.\n\n"
        "The chair of the dockworkers' union, Ana Ruiz, rejected the port’s offer, saying in a letter "
        "that it “would cost every crew a week of pay.”\n\n"
        'Mayor Ian Brooks told reporters at a briefing that the repairs were "on schedule."'
    )
    assert [(q.speaker, q.text[:12]) for q in quotes(parse, text)] == [
        ("Ana Ruiz", "would cost e"), ("Ian Brooks", "on schedule.")]  # fmt: skip


def test_words_named_as_words_are_no_quotation(parse: Parse) -> None:
    text = (
        "The party’s new poster shows a lighthouse with the word “steady” beneath it.\n\n"
        'Kowal said residents kept repeating the phrase "harbour tax" at the meeting.\n\n'
        'Ruiz wrote a column with the headline "The port is failing its workers," calling the plan "a betrayal."\n\n'
        '"We will not give up," Ruiz said.'
    )
    assert [(q.speaker, q.text) for q in quotes(parse, text)] == [
        ("Ruiz", "a betrayal."), ("Ruiz", "We will not give up,")]  # fmt: skip


def test_verbs_of_condemning_and_blaming_report_the_words_they_take(parse: Parse) -> None:
    text = (
        "Dock work stopped for a third day at Port Ellis on Monday.\n\n"
        "Sheriff Dale Ober issued a notice denouncing the conduct of “hired troublemakers” on the quay.\n\n"
        "The union said the talks had collapsed, and one organiser blamed the collapse on “political games.”"
    )
    found = quotes(parse, text)
    assert [(q.speaker, q.text) for q in found] == [("Dale Ober", "hired troublemakers"),
                                                    (None, "political games.")]  # fmt: skip
    assert found[1].speaker_mention == "one organiser"  # a bare noun describes nobody in particular


def test_capitalised_words_a_voice_verb_takes_are_uttered(parse: Parse) -> None:
    text = (
        "Police said the gunman was arrested near the station in Ostrava.\n\n"
        "Passengers said that Havel shouted “Stop The Trains” as officers approached.\n\n"
        'Later that evening, a choir sang "Moon River" at the memorial.'
    )
    assert [(q.speaker, q.text) for q in quotes(parse, text)] == [("Havel", "Stop The Trains")]


def test_a_present_participle_speaks_for_the_noun_it_hangs_on(parse: Parse) -> None:
    text = (
        "Inspectors and builders\n\n"
        "The dispute over the tower has run for two years.\n\n"
        'Kessler calling the inspectors "vultures" did not help his case.\n\n'
        'Kessler describing the plan as "a disaster" was unhelpful.'
    )
    found = quotes(parse, text)
    assert [(q.speaker, q.speaker_mention, q.text) for q in found] == [
        ("Kessler", "Kessler", "vultures"), ("Kessler", "Kessler", "a disaster")]  # fmt: skip


def test_a_quotation_alone_after_a_message_is_its_senders(parse: Parse) -> None:
    text = (
        "Lumora changes its fees\n\n"
        "The new fees, announced in Berlin on Tuesday, have drawn criticism from Northgate Institute.\n\n"
        "We asked whether existing customers would pay more. On Wednesday we received a written reply from a "
        "Lumora representative.\n\n"
        '"Existing customers keep their current fees until next year. New customers pay the new rates."\n\n'
        "Critics were not convinced, and some customers posted complaints online.\n\n"
        '"Nobody asked for this."'
    )
    found = quotes(parse, text)
    assert [(q.speaker, q.attribution) for q in found] == [("Lumora", "running"), (None, "none")]
