"""The extractor's rule families, each on text written for this test (no shared files).

Tests of extraction never parse RDF: they look at the plain facts.
"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extractor import extract
from coopkg.facts import ReleaseFacts
from coopkg.reader import parse_release


def facts_of(text: str, identifier: str = "t") -> ReleaseFacts:
    return extract(parse_release(identifier, text))


# -- titles before and after names ------------------------------------------------------------


def test_title_before_name_gives_person_agency_and_country() -> None:
    f = facts_of("date 2022-04-05\nToday in Astana, the Minister of Internal Affairs of the Republic of "
                 "Kazakhstan Erlan Turgumbaev met with the Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov.")
    person = f.persons["Erlan Turgumbaev"]
    assert person.title == "Minister of Internal Affairs of the Republic of Kazakhstan"
    assert person.agency == "Ministry of Internal Affairs of the Republic of Kazakhstan"
    assert person.country == "Kazakhstan"
    assert f.persons["Ivan Orlov"].agency == "Ministry of Internal Affairs of the Russian Federation"


def test_rank_between_title_and_name_is_dropped() -> None:
    f = facts_of("Deputy Minister of Internal Affairs of the Russian Federation, Police Colonel-General "
                 "Oleg Markov opened the seminar.")
    assert f.persons["Oleg Markov"].title == "Deputy Minister of Internal Affairs of the Russian Federation"


@pytest.mark.parametrize("rank", ["Police General of the Russian Federation", "Senior Lieutenant General",
                                  "Lieutenant General of Militia", "Major General of Justice"])
@pytest.mark.parametrize("comma", [" ", ", "])
def test_service_and_state_ranks_are_dropped_from_title_and_agency(rank: str, comma: str) -> None:
    f = facts_of(f"Today in Hanoi, the Minister of Internal Affairs of the Russian Federation{comma}{rank} "
                 "Roman Gusev held talks with his counterpart.")
    person = f.persons["Roman Gusev"]
    assert person.title == "Minister of Internal Affairs of the Russian Federation"
    assert person.agency == "Ministry of Internal Affairs of the Russian Federation"
    assert set(f.agencies) == {"Ministry of Internal Affairs of the Russian Federation"}


def test_prosecutor_general_of_a_state_is_a_title_not_a_rank() -> None:
    f = facts_of("The Prosecutor General of the Russian Federation Oleg Kirillov addressed the forum.")
    assert f.persons["Oleg Kirillov"].title == "Prosecutor General of the Russian Federation"


def test_title_after_name_and_who_heads() -> None:
    f = facts_of("The session was opened by Major General Pyotr Ilyin, Chief of the Department of "
                 "International Cooperation of the MIA of Russia, and Police Colonel Anna Sokolova, who heads "
                 "the MIA of Russia Main Directorate for Migration.")
    assert f.persons["Pyotr Ilyin"].title.startswith("Chief of the Department of International Cooperation")
    assert f.persons["Anna Sokolova"].title == "Chief of the MIA of Russia Main Directorate for Migration"


def test_title_names_an_agency_missing_from_the_reference_data() -> None:
    f = facts_of("Today in Quito, talks were held with the Minister of Government of the Republic of Ecuador "
                 "Lucia Paredes.")
    assert f.persons["Lucia Paredes"].agency == "Ministry of Government of the Republic of Ecuador"
    assert "Ministry of Government of the Republic of Ecuador" in f.agencies
    assert f.agencies["Ministry of Government of the Republic of Ecuador"].country == "Ecuador"


def test_a_ministry_named_by_a_list_of_fields_keeps_its_comma() -> None:
    f = facts_of("date 2021-03-02\nIn Bishkek, the Minister of Health, Labour and Social Development of the "
                 "Kyrgyz Republic, Aibek Toktogulov, received a delegation of the Ministry of Culture, Sport and "
                 "Tourism of the Kyrgyz Republic and officers of the Ministry of the Interior, Europol and "
                 "Interpol.")
    minister = f.persons["Aibek Toktogulov"]
    assert minister.title == "Minister of Health, Labour and Social Development of the Kyrgyz Republic"
    assert minister.agency == "Ministry of Health, Labour and Social Development of the Kyrgyz Republic"
    assert minister.country == "Kyrgyzstan"
    assert "Ministry of Culture, Sport and Tourism of the Kyrgyz Republic" in f.agencies
    assert "Ministry of Culture" not in f.agencies
    assert not any("Europol" in name and "Ministry" in name for name in f.agencies)  # known bodies, not fields


def test_police_of_a_state_is_a_body_and_a_post_over_a_region_is_not() -> None:
    f = facts_of("date 2022-10-03\nThe Director General of the Police of the Republic of Croatia Tomislav Babic "
                 "and the Vice-President of Interpol for Asia Lim Boon Keat attended. The Chief of Police of the "
                 "Northern District Oleg Rybin was also present.")
    croat = f.persons["Tomislav Babic"]
    assert croat.agency == "Police of the Republic of Croatia" and croat.country == "Croatia"
    assert f.persons["Lim Boon Keat"].agency == "International Criminal Police Organization"
    assert not any(name.endswith("for Asia") for name in f.agencies)
    assert not any(name.startswith("Police of the Northern") for name in f.agencies)


def test_international_financial_institutions_are_known_bodies() -> None:
    f = facts_of("Experts of the International Monetary Fund, the IMF office in Minsk and the World Bank "
                 "joined the seminar.")
    assert {"International Monetary Fund", "World Bank"} <= set(f.agencies)


def test_a_rank_in_brackets_and_a_ministry_of_the_field_list() -> None:
    f = facts_of("The talks were attended by the Minister of Internal Affairs of the Kyrgyz Republic (Major General "
                 "of Militia) Ulan Niyazbekov and the Minister of the Interior, Public Order and Civil Protection of "
                 "the Republic of Mauritius Raj Doolub.")
    kyrgyz = f.persons["Ulan Niyazbekov"]
    assert kyrgyz.title == "Minister of Internal Affairs of the Kyrgyz Republic"
    assert kyrgyz.agency == "Ministry of Internal Affairs of the Kyrgyz Republic"
    assert f.persons["Raj Doolub"].title == ("Minister of the Interior, Public Order and Civil Protection of the "
                                             "Republic of Mauritius")


def test_a_service_under_a_ministry_is_one_name() -> None:
    f = facts_of("Officers met with a delegation of the State Migration Service under the Ministry of Internal "
                 "Affairs of the Republic of Armenia and of the Drug Control Service under the Government of the "
                 "Kyrgyz Republic.")
    assert {"State Migration Service under the Ministry of Internal Affairs of the Republic of Armenia",
            "Drug Control Service under the Government of the Kyrgyz Republic"} <= set(f.agencies)


def test_a_city_a_body_name_and_a_title_under_a_ministry() -> None:
    f = facts_of("On 3 May 2019, in Kuala Lumpur, the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Oleg Rudakov met the representative of the Task Force against Trafficking in Human Beings. The "
                 "meeting was "
                 "opened by the Deputy Director of the Migration Service under the Ministry of the Interior of the "
                 "Republic of Estonia, Kaido Tamm.")
    assert set(f.persons) == {"Oleg Rudakov", "Kaido Tamm"}
    assert f.persons["Kaido Tamm"].title == ("Deputy Director of the Migration Service under the Ministry of the "
                                             "Interior of the Republic of Estonia")
    assert f.persons["Kaido Tamm"].country == "Estonia"


def test_international_official_has_no_country() -> None:
    f = facts_of("The Secretary General of Interpol Markus Weber addressed the conference.")
    person = f.persons["Markus Weber"]
    assert person.agency is not None and "Interpol" in " ".join([person.agency, *f.agencies[person.agency].aliases])
    assert person.country is None


def test_names_with_diacritics_initials_and_later_surname_mentions() -> None:
    f = facts_of("Today in Moscow, First Deputy Minister of Internal Affairs of the Russian Federation, Police "
                 "Colonel-General K.D. Lebedev received the Minister of the Interior of the Republic of Serbia "
                 "Dragan Milošević. Later Konstantin Lebedev and Milošević signed a plan.")
    assert set(f.persons) == {"Konstantin Lebedev", "Dragan Milošević"}
    assert f.meetings[0].participants == ["Konstantin Lebedev", "Dragan Milošević"]


def test_two_letter_and_accented_initials_stay_inside_the_name() -> None:
    f = facts_of("The delegation included Police Major General Pavel Ye. Morozov and Police Colonel Nikola Đ. Ilić. "
                 "Later Pavel Morozov spoke.")
    assert set(f.persons) == {"Pavel Ye. Morozov", "Nikola Đ. Ilić"}
    assert f.persons["Nikola Đ. Ilić"].title is None  # not "Police Major General Pavel Ye. Morozov and ..."


def test_particles_and_honorifics_around_names() -> None:
    f = facts_of("Ivan Orlov met with the Inspector-General of Police of Malaysia Tan Sri Dato' Sri Ahmad Faiz bin "
                 "Omar, the Minister of Interior of the United Arab Emirates Lieutenant General Sheikh Khalid bin "
                 "Rashid Al Mansoori and Maria Clara Souza dos Reis, Director of the Federal Police of Brazil.")
    assert {"Ahmad Faiz bin Omar", "Khalid bin Rashid Al Mansoori", "Maria Clara Souza dos Reis"} <= set(f.persons)
    assert f.persons["Ahmad Faiz bin Omar"].title == "Inspector-General of Police of Malaysia"
    assert f.persons["Khalid bin Rashid Al Mansoori"].title == "Minister of Interior of the United Arab Emirates"


def test_two_lower_case_particles_in_a_row_stay_inside_the_name() -> None:
    f = facts_of("Ivan Orlov met with the Chief Commissioner of the National Police of the Netherlands Hendrik van den "
                 "Bosch and the Deputy Commissioner Pieter ter Haar.")
    assert {"Hendrik van den Bosch", "Pieter ter Haar"} <= set(f.persons)
    assert f.persons["Hendrik van den Bosch"].agency == "National Police of the Netherlands"
    assert not [a for a in f.agencies if a.endswith("Hendrik")]  # no body minted with the first name in it


def test_honorifics_after_a_comma_and_before_initial_words_are_not_names() -> None:
    f = facts_of("Ivan Orlov met with the Minister of Interior of the State of Kuwait, His Excellency Dr. Fahad "
                 "bin Salem Al-Sabah, with the Deputy Inspector-General of Police of Malaysia, Tan Sri Dato' Sri "
                 "Hamid bin Yusof, with the Director of the Intelligence Bureau of India Shri Anil Kumar Verma and "
                 "with the Deputy Director of the Royal Malaysia Police, Datuk Siti Aminah binti Ismail.")
    assert {"Fahad bin Salem Al-Sabah", "Hamid bin Yusof", "Anil Kumar Verma"} <= set(f.persons)
    assert not any(name.startswith(("His", "Shri", "Tan", "Sri")) for name in f.persons)
    assert f.persons["Fahad bin Salem Al-Sabah"].title == "Minister of Interior of the State of Kuwait"
    assert f.persons["Hamid bin Yusof"].title == "Deputy Inspector-General of Police of Malaysia"
    assert "Siti Aminah binti Ismail" in f.persons


@pytest.mark.parametrize("rank", ["First Commissioner", "Staff Lieutenant General", "Federal Police Delegate",
                                  "Brigade General", "Commissioner General"])
def test_foreign_police_ranks_are_dropped_from_titles(rank: str) -> None:
    f = facts_of(f"Ivan Orlov held talks with the Deputy Director of the National Police of Peru, {rank} Julio "
                 "Cesar Quispe Mamani. Quispe Mamani thanked the Russian side.")
    assert f.persons["Julio Cesar Quispe Mamani"].title == "Deputy Director of the National Police of Peru"
    assert "Quispe Mamani" not in f.persons  # the family names alone, later: the same person


def test_a_deputy_for_some_affairs_heads_no_ministry_of_those_affairs() -> None:
    f = facts_of("The delegation was headed by the Deputy Minister of Interior for Border Affairs, Lieutenant "
                 "General Karim Hasan Al-Tamimi.")
    assert f.persons["Karim Hasan Al-Tamimi"].title == "Deputy Minister of Interior for Border Affairs"
    assert not any("Border Affairs" in name for name in f.agencies)


def test_names_listed_after_a_plural_role_are_persons() -> None:
    f = facts_of("date 2022-10-05\nThe Ministers of Internal Affairs of Russia and Serbia, Ivan Orlov and Dragan "
                 "Milošević, held a meeting in Niš.")
    assert f.meetings[0].participants == ["Ivan Orlov", "Dragan Milošević"]


def test_the_second_name_of_a_pair_gets_no_title_from_the_first() -> None:
    f = facts_of("The protocol was signed by Police Colonel Ivan Petrov and Anna Berg.")
    assert {key: person.title for key, person in f.persons.items()} == {"Ivan Petrov": None, "Anna Berg": None}


def test_secretary_general_is_a_title_and_the_delegation_names_the_agency() -> None:
    f = facts_of("On June 30, the Deputy Minister of Internal Affairs of the Russian Federation Oleg Markov received "
                 "the delegation of the Ministry of the Interior of the Republic of Croatia headed by the Secretary "
                 "General Ante Kovač.")
    person = f.persons["Ante Kovač"]
    assert person.title == "Secretary General"
    assert person.agency == "Ministry of the Interior of the Republic of Croatia"
    assert person.country == "Croatia"


def test_untitled_name_opening_a_sentence_or_met_with_is_a_person() -> None:
    f = facts_of("date 2023-05-10\nOn 9 May, Pavel Arkhipov held talks with the Minister of the Interior of the "
                 "Republic of Finland Kaisa Lehto in Helsinki. Yesterday he also met with Tomas Berg.")
    assert {"Pavel Arkhipov", "Kaisa Lehto", "Tomas Berg"} <= set(f.persons)
    assert f.persons["Pavel Arkhipov"].title is None
    assert f.meetings[0].participants[:2] == ["Pavel Arkhipov", "Kaisa Lehto"]


@pytest.mark.parametrize("sentence", [
    "Buenos Aires held a city festival.",  # a place, not a person
    "Border Guard Service met the delegation.",  # institutional words
    "The delegation visited Nizhny Novgorod.",  # no verb after the name, nothing opens with it
])
def test_untitled_capitalised_words_that_are_not_names(sentence: str) -> None:
    assert facts_of(sentence).persons == {}


def test_later_mention_of_a_person_whose_first_name_is_a_city() -> None:
    text = ("date 2021-04-02\nToday in Tula, the Minister of Internal Affairs of the Russian Federation Vladimir "
            "Orlov held talks with the Minister of the Interior of the Republic of Serbia Dragan Milošević. "
            "The guests thanked Vladimir Orlov for the hospitality.")
    f = facts_of(text)
    evidence = f.meetings[0].participant_evidence["Vladimir Orlov"]
    assert any(text[span.start:span.end].startswith("The guests thanked") for span in evidence)
    assert "Vladimir" not in f.places


def test_spokesperson_reports_but_does_not_take_part() -> None:
    f = facts_of("date 2020-02-03\n\u201cToday in Minsk, the Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Minister of Internal Affairs of the Republic of "
                 "Belarus Igor Petrovich,\u201d said the MIA of Russia Spokesperson Maria Belova.")
    assert "Maria Belova" in f.persons
    assert f.persons["Maria Belova"].agency == "Ministry of Internal Affairs of the Russian Federation"
    assert f.meetings[0].participants == ["Ivan Orlov", "Igor Petrovich"]


# -- agencies: one key per real-world body --------------------------------------------------


def test_acronyms_and_long_forms_resolve_to_one_agency() -> None:
    f = facts_of("The MIA of Russia and the Russian MIA are one body: the Ministry of Internal Affairs of "
                 "the Russian Federation, also written Ministry of Internal Affairs of Russia.")
    assert list(f.agencies) == ["Ministry of Internal Affairs of the Russian Federation"]


def test_regional_body_is_kept_apart_from_the_federal_ministry() -> None:
    f = facts_of("A delegation of the Ministry of Internal Affairs for the Republic of Tatarstan visited the "
                 "Ministry of Internal Affairs of the Russian Federation.")
    assert "Ministry of Internal Affairs for the Republic of Tatarstan" in f.agencies
    assert "Ministry of Internal Affairs of the Russian Federation" in f.agencies
    assert f.agencies["Ministry of Internal Affairs for the Republic of Tatarstan"].country == "Russia"


def test_acronym_in_parentheses_becomes_an_alias() -> None:
    f = facts_of("Experts of the Joint Analytical Centre of the Danube Police Forum (JACDPF) met. "
                 "The JACDPF will report in May.")
    assert "JACDPF" in f.agencies["Joint Analytical Centre of the Danube Police Forum"].aliases


def test_agency_named_inside_another_is_mentioned_too() -> None:
    f = facts_of("The Main Directorate of Criminal Investigation of the MIA of Russia summed up the year.")
    assert "Ministry of Internal Affairs of the Russian Federation" in f.agencies
    assert any("Criminal Investigation" in key for key in f.agencies)


def test_bilateral_working_group_written_in_lower_case() -> None:
    f = facts_of("date 2021-05-06\nThe Russian-Mongolian working group on drug control will meet in "
                 "Ulaanbaatar on 14-15 June.")
    assert "Russian-Mongolian working group on drug control" in f.agencies
    meeting = f.meetings[0]
    assert meeting.status == "planned"
    assert (meeting.start, meeting.end) == (date(2021, 6, 14), date(2021, 6, 15))
    assert set(meeting.countries) == {"Russia", "Mongolia"}


def test_a_directorate_before_a_rank_and_a_name_is_the_persons_agency() -> None:
    f = facts_of("Head of the Main Directorate for Drugs Control of the MIA of Russia Police Lieutenant General Andrey "
                 "Sokolov met the guests.")
    person = f.persons["Andrey Sokolov"]
    assert person.agency is not None and person.agency.startswith("Main Directorate for Drugs Control")
    assert person.agency in f.agencies


def test_a_director_general_of_a_centre_names_the_centre_and_its_name_is_no_topic() -> None:
    f = facts_of("Roman Gusev met with the Director General of the Counter Terrorism Centre of Hungary Janos Kiss.")
    assert f.persons["Janos Kiss"].agency == "Counter Terrorism Centre of Hungary"
    assert f.crime_areas == set()


@pytest.mark.parametrize(("text", "agencies"), [
    ("Experts of Interpol and UNODC took part.",
     {"International Criminal Police Organization", "United Nations Office on Drugs and Crime"}),
    ("The chair passed from the Ministry of Internal Affairs of the Republic of Belarus to the Ministry of Internal "
     "Affairs of the Republic of Kazakhstan.",
     {"Ministry of Internal Affairs of the Republic of Belarus", "Ministry of Internal Affairs of the Republic of "
                                                                 "Kazakhstan"}),
    ("He met the Assistant Minister of Interior for International Cooperation Ahmed Saleh.", set()),
])
def test_two_known_names_joined_are_not_a_third_and_a_portfolio_is_no_ministry(text: str, agencies: set[str]) -> None:
    assert set(facts_of(text).agencies) == agencies


def test_a_foreign_regional_unit_keeps_its_state_when_named_again_short_and_a_city_bureau_takes_its_citys() -> None:
    f = facts_of("A meeting of the Police Department of Aktobe Region of the Republic of Kazakhstan and the Main "
                 "Directorate of the MIA of Russia for the Orenburg Region was held. The Police Department of Aktobe "
                 "Region was represented by its deputy head. Officers of the Public Security Bureau of Harbin came.")
    assert f.agencies["Police Department of Aktobe Region of the Republic of Kazakhstan"].country == "Kazakhstan"
    assert "Police Department of Aktobe Region" not in f.agencies
    assert f.agencies["Public Security Bureau of Harbin"].country == "China"


def test_the_side_a_delegate_represents_gives_him_and_his_unnamed_bureau_their_state() -> None:
    f = facts_of("date 2022-06-03\nA working meeting of the Main Directorate of the MIA of Russia for the Primorye "
                 "Territory and the Department of Public Security of Jilin Province was held in Hunchun. The Chinese "
                 "side was represented by the Deputy Director of the Department of Public Security of Jilin Province "
                 "Zhang Wei. The next meeting will take place in Vladivostok in 2023.")
    assert f.persons["Zhang Wei"].country == "China"
    assert f.agencies["Department of Public Security of Jilin Province"].country == "China"
    assert set(f.meetings[-1].countries) == {"Russia", "China"}


def test_experts_who_met_are_not_the_releases_official() -> None:
    f = facts_of("date 2024-01-11\nYesterday in Moscow, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov received the Deputy Minister of Internal Affairs of the Republic of "
                 "Kazakhstan Nurlan Omarov. The sides recalled that on December 27, experts of the two ministries "
                 "met in Orenburg.")
    orenburg = next(m for m in f.meetings if m.place == "Orenburg")
    assert orenburg.participants == []


def test_a_city_name_that_names_a_region_is_no_venue() -> None:
    f = facts_of("date 2023-06-10\nOn June 8, a seminar was held in Balashikha (Moscow Region).")
    assert f.meetings[0].place != "Moscow"


def test_two_titled_people_in_a_row_keep_their_agencies_apart() -> None:
    f = facts_of("The talks were attended by Head of the Criminal Police Department of the Ministry of Internal "
                 "Affairs of the Republic of Belarus Police Major General Pavel Orlov and Head of the Traffic Police "
                 "Department of the Ministry of Internal Affairs of the Republic of Belarus Colonel Ilya Sidorov.")
    assert f.persons["Pavel Orlov"].agency == ("Criminal Police Department of the Ministry of Internal Affairs of the "
                                               "Republic of Belarus")
    assert f.persons["Ilya Sidorov"].agency == ("Traffic Police Department of the Ministry of Internal Affairs of the "
                                                "Republic of Belarus")
    assert not [name for name in f.agencies if "Orlov" in name or "Colonel" in name or "General" in name]


# -- meetings: cues, tense, slots ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Today in Baku, a meeting was held between the Minister of Internal Affairs of the Russian Federation "
        "Ivan Orlov and the Minister of Internal Affairs of the Republic of Azerbaijan Rauf Aliyev.",
        "Today in Baku, the Minister of Internal Affairs of the Russian Federation Ivan Orlov met with the "
        "Minister of Internal Affairs of the Republic of Azerbaijan Rauf Aliyev.",
        "Today in Baku, talks took place between the Minister of Internal Affairs of the Russian Federation "
        "Ivan Orlov and the Minister of Internal Affairs of the Republic of Azerbaijan Rauf Aliyev.",
        "Today in Baku, the Minister of Internal Affairs of the Republic of Azerbaijan Rauf Aliyev hosted the "
        "Minister of Internal Affairs of the Russian Federation Ivan Orlov.",
    ],
)
def test_meeting_cues_held_today(sentence: str) -> None:
    f = facts_of("date 2023-03-15\n" + sentence)
    assert len(f.meetings) == 1
    meeting = f.meetings[0]
    assert (meeting.status, meeting.start, meeting.place) == ("held", date(2023, 3, 15), "Baku")
    assert set(meeting.countries) == {"Russia", "Azerbaijan"}
    assert set(meeting.participants) == {"Ivan Orlov", "Rauf Aliyev"}


def test_planned_meeting_from_future_tense_with_month_only_date() -> None:
    f = facts_of("date 2019-08-01\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Minister of the Interior of the Republic of Chile Tomas Vidal. "
                 "The next round of consultations will be held in Santiago in November.")
    held, planned = f.meetings
    assert held.status == "held" and planned.status == "planned"
    assert planned.place == "Santiago"
    assert planned.start is None  # a month alone gives no day
    assert set(planned.countries) == {"Russia", "Chile"}


def test_multi_day_range_and_videoconference_without_place() -> None:
    f = facts_of("date 2021-11-20\nOn 16\u201318 November, the heads of delegations of Armenia, Belarus and "
                 "Russia took part in the session of the Council of Ministers of Internal Affairs of the CIS "
                 "Member States held by videoconference.")
    meeting = f.meetings[0]
    assert (meeting.start, meeting.end, meeting.place) == (date(2021, 11, 16), date(2021, 11, 18), None)
    assert {"Armenia", "Belarus", "Russia"} <= set(meeting.countries)


def test_relative_dates_the_day_before_and_weekday() -> None:
    f = facts_of("date 2022-06-10\nOn Tuesday, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks in Hanoi with the Minister of Public Security of the Socialist Republic "
                 "of Vietnam Tran Quoc. The day before, experts held a working meeting in Hanoi on cybercrime.")
    starts = sorted(m.start for m in f.meetings)
    assert starts == [date(2022, 6, 6), date(2022, 6, 7)]  # the day before Tuesday's talks
    # opening the release, "the day before" is the day before the release
    [meeting] = facts_of("date 2022-06-10\nThe day before, experts held a working meeting in Hanoi on "
                         "cybercrime.").meetings
    assert meeting.start == date(2022, 6, 9)


def test_several_meetings_in_one_release_and_sidelines() -> None:
    f = facts_of("date 2018-05-20\nThe Minister of Internal Affairs of the Russian Federation Ivan Orlov "
                 "took part in the meeting of the Council of Ministers held in Dushanbe on May 18. On the "
                 "sidelines of the meeting, he met with the Minister of Internal Affairs of the Republic of "
                 "Tajikistan Said Rahimov.")
    assert len(f.meetings) == 2
    sideline = f.meetings[1]
    assert sideline.place == "Dushanbe"
    assert set(sideline.participants) == {"Ivan Orlov", "Said Rahimov"}


def test_two_officials_who_discussed_met_though_no_meeting_is_named() -> None:
    f = facts_of("date 2023-02-14\nThe Minister of Internal Affairs of the Russian Federation Ivan Orlov and the "
                 "Minister of the Interior of the Republic of Serbia Dragan Milošević discussed in Belgrade the "
                 "fight against cybercrime.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.place, meeting.start) == ("held", "Belgrade", None)
    assert meeting.participants == ["Ivan Orlov", "Dragan Milošević"]
    assert set(meeting.countries) == {"Russia", "Serbia"}
    assert meeting.topics == ["cybercrime"]


def test_discussing_after_a_reported_meeting_adds_no_meeting() -> None:
    f = facts_of("date 2023-02-14\nToday in Belgrade, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Minister of the Interior of the Republic of Serbia Dragan "
                 "Milošević. Ivan Orlov and Dragan Milošević discussed the fight against cybercrime.")
    [meeting] = f.meetings
    assert meeting.topics == ["cybercrime"]


def test_discussed_at_a_meeting_reports_a_held_meeting_and_its_two_sides() -> None:
    f = facts_of("date 2016-03-02\nRussian and Portuguese police officers discussed the search for stolen cars "
                 "at a meeting in Lisbon on March 1.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.place, meeting.start) == ("held", "Lisbon", date(2016, 3, 1))
    assert set(meeting.countries) == {"Russia", "Portugal"}


def test_a_meeting_between_the_police_of_two_countries_names_both() -> None:
    f = facts_of("date 2020-08-20\nA working meeting between the heads of the police of Armenia and Georgia took "
                 "place in Tbilisi on August 19.")
    assert set(f.meetings[0].countries) == {"Armenia", "Georgia"}


def test_a_visitor_received_by_a_minister_met_him() -> None:
    f = facts_of("date 2017-10-12\nEuropol Executive Director Anna Berg paid a working visit to Kazan. On October 11, "
                 "she was received by the Minister of Internal Affairs of the Russian Federation Ivan Orlov.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.start, meeting.place) == ("held", date(2017, 10, 11), "Kazan")
    assert set(meeting.participants) == {"Ivan Orlov", "Anna Berg"}


def test_a_minister_of_internal_affairs_without_a_state_is_the_publishers() -> None:
    f = facts_of("The meeting was held in Hanoi on 5 May 2016. The Russian delegation was headed by Deputy "
                 "Minister of Internal Affairs Oleg Markov.")
    person = f.persons["Oleg Markov"]
    assert (person.agency, person.country) == ("Ministry of Internal Affairs of the Russian Federation", "Russia")
    assert "Ministry of Internal Affairs" not in f.agencies  # no stateless ministry minted
    assert f.meetings[0].countries == ["Russia"]  # his


def test_a_bare_minister_on_the_foreign_side_joins_the_talks_with_his_sides_ministry() -> None:
    f = facts_of("date 2023-04-10\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Roman "
                 "Gusev held talks with the Minister of Public Security of the Socialist Republic of Vietnam To Van "
                 "Lam. On the Vietnamese side, the talks were also attended by Deputy Minister Nguyen Van Minh. The "
                 "parties discussed combating drug trafficking.")
    [meeting] = f.meetings
    assert set(meeting.participants) == {"Roman Gusev", "To Van Lam", "Nguyen Van Minh"}
    assert meeting.topics == ["drug-trafficking"]
    person = f.persons["Nguyen Van Minh"]
    assert (person.agency, person.country) == ("Ministry of Public Security of the Socialist Republic of Vietnam",
                                               "Vietnam")


def test_a_known_agency_named_with_its_own_state_is_that_agency() -> None:
    f = facts_of("Officers of the Drug Enforcement Administration of the United States of America arrived.")
    assert set(f.agencies) == {"Drug Enforcement Administration"}


def test_a_bilateral_group_in_lower_case_that_met_gives_the_meeting_its_two_states() -> None:
    f = facts_of("date 2023-06-02\nOn June 1, the sixth session of the Russian-Mongolian intergovernmental working "
                 "group on cooperation in combating crime took place in Ulaanbaatar.")
    [meeting] = f.meetings
    assert meeting.agencies == ["Russian-Mongolian intergovernmental working group on cooperation in combating crime"]
    assert set(meeting.countries) == {"Russia", "Mongolia"}
    assert meeting.place == "Ulaanbaatar"


def test_officials_who_gathered_for_a_meeting_held_it() -> None:
    f = facts_of("date 2020-02-20\nThe heads of the border services gathered in Tbilisi for a meeting of the "
                 "Council of Border Guard Commanders.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.place) == ("held", "Tbilisi")
    assert meeting.agencies == ["Council of Border Guard Commanders"]


def test_experts_of_an_agency_take_part_and_a_native_name_in_parentheses_is_its_alias() -> None:
    f = facts_of("date 2020-03-11\nIn Bern, talks were held between the Deputy Minister of Internal Affairs of the "
                 "Russian Federation Oleg Markov and the Director of the Federal Office of Police of the Swiss "
                 "Confederation Anna Keller. Experts of the Federal Customs Administration of the Swiss "
                 "Confederation (Zollverwaltungsamt) presented a joint investigation.")
    [meeting] = f.meetings
    customs = "Federal Customs Administration of the Swiss Confederation"
    assert customs in meeting.agencies  # its experts took part
    assert "Zollverwaltungsamt" in f.agencies[customs].aliases
    assert set(f.agencies) == {"Ministry of Internal Affairs of the Russian Federation",
                               "Federal Office of Police of the Swiss Confederation", customs}


def test_an_agency_name_may_start_with_general() -> None:
    f = facts_of("The delegation of the General Prosecutor's Office of the Republic of Armenia arrived.")
    assert "General Prosecutor's Office of the Republic of Armenia" in f.agencies
    assert facts_of("Police Major General Ivan Petrov opened the meeting.").agencies == {}


def test_held_bilateral_meetings_with_two_counterparts_gives_a_meeting_with_each() -> None:
    f = facts_of("date 2023-10-12\nToday in Bishkek, a meeting of the Council of Heads of Police was held. On the "
                 "sidelines of the Council meeting, Roman Gusev held bilateral meetings with the Minister of Internal "
                 "Affairs of the Kyrgyz Republic Ulan Asanov and the Minister of Internal Affairs of the Republic of "
                 "Uzbekistan Timur Karimov.")
    council, *bilateral = f.meetings
    assert council.agencies == ["Council of Heads of Police"]
    assert [m.participants for m in bilateral] == [["Roman Gusev", "Ulan Asanov"], ["Roman Gusev", "Timur Karimov"]]
    assert [m.agencies for m in bilateral] == [["Ministry of Internal Affairs of the Kyrgyz Republic"],
                                               ["Ministry of Internal Affairs of the Republic of Uzbekistan"]]
    assert [m.place for m in bilateral] == ["Bishkek", "Bishkek"]


def test_bilateral_meetings_with_the_delegations_of_states_give_one_meeting_per_state_sharing_the_topics() -> None:
    f = facts_of("date 2024-11-08\nThe session of the Interpol General Assembly was held in Glasgow on November 4-7, "
                 "2024. On the sidelines of the General Assembly, the Russian delegation held bilateral meetings with "
                 "the delegations of Brazil, Indonesia and Saudi Arabia. The parties discussed drug trafficking.")
    assembly, *bilateral = f.meetings
    assert [set(m.countries) for m in bilateral] == [{"Russia", "Brazil"}, {"Russia", "Indonesia"},
                                                     {"Russia", "Saudi Arabia"}]
    assert [m.topics for m in bilateral] == [["drug-trafficking"]] * 3
    assert assembly.topics == []


def test_a_headline_and_the_body_that_dates_its_event_give_one_meeting() -> None:
    f = facts_of("date 2024-11-08\nA delegation of the MIA of Russia took part in the session of the Interpol General "
                 "Assembly\n\nThe session of the Interpol General Assembly was held in Glasgow on November 4-7, "
                 "2024.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.place) == (date(2024, 11, 4), "Glasgow")
    assert "Ministry of Internal Affairs of the Russian Federation" in meeting.agencies


def test_talks_with_one_counterpart_about_a_third_state_are_one_meeting() -> None:
    f = facts_of("date 2023-01-01\nToday in Islamabad, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Igor Orlov held talks with the Minister of Interior of Pakistan Rashid Khan on drugs "
                 "coming from Afghanistan.")
    [meeting] = f.meetings
    assert meeting.participants == ["Igor Orlov", "Rashid Khan"]
    assert set(meeting.countries) == {"Russia", "Pakistan"}


def test_the_unnamed_head_of_the_russian_mia_who_held_bilateral_meetings_is_the_releases_minister() -> None:
    f = facts_of("date 2023-10-12\nThe Russian delegation was headed by the Minister of Internal Affairs of the "
                 "Russian Federation Roman Gusev. On the sidelines, the head of the Russian MIA held bilateral "
                 "meetings with the Minister of Internal Affairs of the Kyrgyz Republic Ulan Asanov and the Minister "
                 "of Internal Affairs of the Republic of Uzbekistan Timur Karimov.")
    assert [m.participants for m in f.meetings if "Roman Gusev" in m.participants][-2:] == [
        ["Roman Gusev", "Ulan Asanov"], ["Roman Gusev", "Timur Karimov"]]


def test_a_delegation_received_by_the_host_is_the_visit_being_reported() -> None:
    f = facts_of("date 2023-07-02\nYesterday in Tashkent, Deputy Minister of Internal Affairs of the Russian "
                 "Federation Igor Petrov held a working meeting with the leadership of the MIA of Uzbekistan. The "
                 "Russian delegation was received by the Minister of Internal Affairs of the Republic of Uzbekistan "
                 "Timur Karimov. The parties discussed illegal migration.")
    [meeting] = f.meetings
    assert set(meeting.participants) == {"Igor Petrov", "Timur Karimov"}
    assert meeting.topics == ["illegal-migration"]


def test_an_unnamed_russian_head_who_held_talks_leaves_the_counterpart_his_own_title() -> None:
    f = facts_of("date 2023-05-02\nToday in Moscow, the head of the Russian MIA held talks with Minister of Internal "
                 "Affairs of the Republic of Belarus Ivan Kubrin.")
    person = f.persons["Ivan Kubrin"]
    assert person.title == "Minister of Internal Affairs of the Republic of Belarus"
    assert person.country == "Belarus"
    assert "Belarus" in f.meetings[0].countries


def test_a_session_held_yesterday_stays_held_though_a_later_clause_looks_ahead() -> None:
    f = facts_of("date 2022-05-20\nThe annual session of the Council of Ministers of Internal Affairs of the CIS "
                 "Member States, held yesterday in Minsk, closed with a change of the presidency of the Council: held "
                 "by the Republic of Belarus since May 2021, it passed to the Republic of Kazakhstan, whose minister "
                 "will preside until the next session. Taking part in the session were the heads of the police of "
                 "Armenia, Belarus and Kyrgyzstan. The Russian delegation was headed by the Minister of Internal "
                 "Affairs of the Russian Federation Pavel Zorin. Accepting the powers of the Chairman of the Council, "
                 "Pavel Zorin thanked the hosts. On the sidelines of the session, Pavel Zorin met with the Minister of"
                 " Internal Affairs of the Republic of Armenia Aram Sargsyan.")
    session, sideline = f.meetings[:2]
    assert (session.status, session.start, session.place) == ("held", date(2022, 5, 19), "Minsk")
    assert {"Armenia", "Belarus", "Kyrgyzstan", "Russia"} <= set(session.countries)
    assert (sideline.start, sideline.place) == (date(2022, 5, 19), "Minsk")
    assert f.persons["Pavel Zorin"].agency == "Ministry of Internal Affairs of the Russian Federation"
    council = "Council of Ministers of Internal Affairs of the CIS Member States"
    chairs = {(c.holder, c.body, c.start, c.end) for c in f.chairmanships}
    assert ("Belarus", council, None, date(2022, 5, 19)) in chairs
    assert ("Kazakhstan", council, date(2022, 5, 19), None) in chairs


def test_a_title_keeps_a_body_name_that_joins_two_capitalised_phrases_with_and() -> None:
    f = facts_of("The meeting was attended by the Chairman of the Committee for Combating Economic Crime and Other "
                 "Financial Offences of the Kyrgyz Republic (CCEC), Police Colonel Nurlan Abdyrakhmanov.")
    assert f.persons["Nurlan Abdyrakhmanov"].title == ("Chairman of the Committee for Combating Economic Crime and "
                                                       "Other Financial Offences of the Kyrgyz Republic")


def test_the_second_day_of_a_visit_and_a_reception_at_a_named_body() -> None:
    f = facts_of("date 2021-06-11\nDuring the official visit of the Russian delegation to Tashkent, talks with the "
                 "Minister of Internal Affairs of the Republic of Uzbekistan Bakhtiyor Usmanov were held on June 9. "
                 "On the third day of the visit, the guests were received at the Academy of the Ministry of Internal "
                 "Affairs of the Republic of Uzbekistan by its Head Farrukh Rakhimov.")
    talks, reception = f.meetings
    assert talks.start == date(2021, 6, 9)
    assert (reception.status, reception.start, reception.place) == ("held", date(2021, 6, 11), "Tashkent")
    assert "Farrukh Rakhimov" in reception.participants


def test_an_event_held_since_a_day_and_ended_today_spans_both() -> None:
    f = facts_of("date 2022-09-23\nThe regional conference of Interpol, which had been held since September 20 "
                 "in Vienna, came to an end today.")
    (conference,) = f.meetings
    assert (conference.status, conference.start, conference.end) == ("held", date(2022, 9, 20), date(2022, 9, 23))


def test_a_city_hosted_consultations_without_an_article_and_the_next_round_takes_the_ministries() -> None:
    f = facts_of("date 2018-06-08\nFrom June 6 to 8, Kazan hosted Russian-Vietnamese consultations on countering "
                 "drug trafficking. The Vietnamese delegation was headed by the Deputy Minister of Public Security "
                 "of the Socialist Republic of Vietnam Nguyen Van Long, the Russian one by the Deputy Minister of "
                 "Internal Affairs of the Russian Federation Pyotr Volkov. The next round of consultations will take "
                 "place in Hanoi in 2019.")
    held, planned = f.meetings
    assert (held.status, held.start, held.end, held.place) == ("held", date(2018, 6, 6), date(2018, 6, 8), "Kazan")
    assert planned.status == "planned" and planned.place == "Hanoi"
    assert set(planned.agencies) == {"Ministry of Internal Affairs of the Russian Federation",
                                     "Ministry of Public Security of the Socialist Republic of Vietnam"}


@pytest.mark.parametrize(("where", "city"), [("in the Uzbek capital", "Tashkent"),
                                             ("the Latvian capital hosted", "Riga"),
                                             ("in the capital of the Republic of Armenia", "Yerevan"),
                                             ("in the Abkhaz capital", "Sukhum")])
def test_a_capital_named_by_its_state_is_the_city(where: str, city: str) -> None:
    if where.endswith("hosted"):
        f = facts_of(f"date 2019-04-11\nToday {where} talks between the heads of the police of the two states.")
    else:
        f = facts_of(f"date 2019-04-11\nToday, talks between the heads of the police of the two states were held "
                     f"{where}.")
    assert f.meetings[0].place == city


def test_two_officials_signing_a_memorandum_met_and_a_reception_the_same_day_is_another_meeting() -> None:
    f = facts_of("date 2020-02-12\nOn February 11, in Minsk, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Oleg Rudakov and the Deputy Minister of Internal Affairs of the Republic of Belarus "
                 "Pavel Sadovsky signed a Plan of Cooperation on road traffic safety. On the same day, Oleg Rudakov "
                 "was received by the Minister of Internal Affairs of the Republic of Belarus Yuri Kravets.")
    signing, reception = f.meetings
    assert (signing.status, signing.start, signing.place) == ("held", date(2020, 2, 11), "Minsk")
    assert set(signing.participants) == {"Oleg Rudakov", "Pavel Sadovsky"}
    assert (reception.start, reception.place) == (date(2020, 2, 11), "Minsk")
    assert "Yuri Kravets" in reception.participants and "Yuri Kravets" not in signing.participants


def test_the_days_of_a_visit_take_its_city_and_its_head_is_received() -> None:
    f = facts_of("date 2018-09-20\nOn September 18-19, a delegation of the Federal Police of Brazil headed by "
                 "Director Carlos Mendes visited Moscow.\nOn September 18, the Chief of the Main Directorate for "
                 "Drug Control of the MIA of Russia Ivan Orlov received the Brazilian guests. On September 19, the "
                 "guests held a meeting at the Investigative Department of the MIA of Russia.")
    first, second = f.meetings
    assert (first.start, first.place) == (date(2018, 9, 18), "Moscow")
    assert {"Ivan Orlov", "Carlos Mendes"} <= set(first.participants)
    assert (second.start, second.place) == (date(2018, 9, 19), "Moscow")


def test_a_conversation_held_the_next_day_by_the_official_named_by_title() -> None:
    f = facts_of("date 2021-06-03\nOn June 1, the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov met with the Minister of the Interior of the Republic of Cuba Lazaro Perez. On the next "
                 "day, the Deputy Minister held a conversation with the Minister of Public Security of the Socialist "
                 "Republic of Vietnam To Van Lam.")
    _first, second = f.meetings
    assert second.start == date(2021, 6, 2)
    assert set(second.participants) == {"Ivan Orlov", "To Van Lam"}
    assert "Lazaro Perez" not in second.participants


def test_each_meeting_of_an_announced_bilateral_round_is_its_own() -> None:
    f = facts_of("date 2023-11-15\nToday, the Minister of Internal Affairs of the Russian Federation Pavel Zorin "
                 "took part in the session of the Council of Ministers of Internal Affairs of the CIS Member States in "
                 "Minsk. On the margins of the session, Pavel Zorin held a number of bilateral meetings.\nWith the "
                 "Minister of Internal Affairs of the Republic of Armenia Aram Sargsyan, the questions of countering "
                 "cybercrime were discussed.\nDuring the meeting with the Minister of Internal Affairs of the "
                 "Republic of Kazakhstan Marat Akhmetov, the parties discussed illegal migration. The Chief of the "
                 "Main Directorate for Migration of the MIA of Russia Olga Lebedeva also took part in the "
                 "conversation.")
    session, armenia, kazakhstan = f.meetings
    assert "Aram Sargsyan" not in session.participants
    assert (armenia.start, armenia.place, armenia.topics) == (date(2023, 11, 15), "Minsk", ["cybercrime"])
    assert set(armenia.participants) == {"Pavel Zorin", "Aram Sargsyan"}
    assert set(kazakhstan.participants) == {"Pavel Zorin", "Marat Akhmetov", "Olga Lebedeva"}
    assert kazakhstan.topics == ["illegal-migration"]


def test_the_host_of_a_planned_meeting_is_a_party() -> None:
    f = facts_of("date 2019-03-01\nToday in Moscow, the Ministers of Internal Affairs of Russia and Serbia, Ivan "
                 "Orlov and Dragan Peric, held talks. The next meeting of the working group will be held in Bishkek "
                 "in the autumn.")
    planned = next(m for m in f.meetings if m.status == "planned")
    assert planned.place == "Bishkek" and "Kyrgyzstan" in planned.countries
    held = next(m for m in f.meetings if m.status == "held")
    assert "Kyrgyzstan" not in held.countries


# -- crime areas -----------------------------------------------------------------------------------


def test_crime_areas_from_synonyms_not_from_agency_names() -> None:
    f = facts_of("date 2020-01-01\nToday in Minsk, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Minister of Internal Affairs of the Republic of Belarus Igor "
                 "Petrovich. The parties discussed trafficking in persons and crimes committed with the use of "
                 "information technologies. The Bureau for Coordination of the Fight against Organized Crime "
                 "and Other Dangerous Types of Crime on the Territory of the CIS Member States was praised.")
    assert set(f.meetings[0].topics) == {"human-trafficking", "cybercrime"}
    assert "organized-crime" not in f.crime_areas


@pytest.mark.parametrize(("phrase", "area"), [
    ("countering the illegal circulation of weapons", "arms-trafficking"),
    ("the illegal turnover of arms", "arms-trafficking"),
    ("crimes committed using information and telecommunication technologies", "cybercrime"),
    ("the legalization of criminal income", "money-laundering"),
    ("violations of the rules of stay of foreign citizens", "illegal-migration"),
    ("the illicit drug circulation in the region", "drug-trafficking"),
    ("the drug situation in the region", "drug-trafficking"),
])
def test_crime_areas_in_the_ministrys_own_wording(phrase: str, area: str) -> None:
    f = facts_of(f"date 2023-01-01\nToday in Moscow, the sides held talks. The parties discussed {phrase}.")
    assert f.meetings[0].topics == [area]


# -- chairmanships -------------------------------------------------------------------------------


def test_chairmanship_handed_over_by_one_state_to_another() -> None:
    f = facts_of("date 2019-06-20\nOn June 19, 2019, Slovenia handed over the presidency of the Working Group on "
                 "Cybercrime to Portugal.")
    chairs = {(c.holder, c.body, c.start, c.end) for c in f.chairmanships}
    assert chairs == {("Slovenia", "Working Group on Cybercrime", None, date(2019, 6, 19)),
                      ("Portugal", "Working Group on Cybercrime", date(2019, 6, 19), None)}
    assert set(f.agencies) == {"Working Group on Cybercrime"}  # "to Portugal" is not part of its name


def test_where_and_when_after_an_agency_name_are_not_part_of_it() -> None:
    f = facts_of("date 2021-05-20\nA meeting was held at the headquarters of Europol in The Hague on May 18.")
    assert set(f.agencies) == {"European Union Agency for Law Enforcement Cooperation"}
    assert (f.meetings[0].place, f.meetings[0].start) == ("The Hague", date(2021, 5, 18))
    f = facts_of("Experts of the Border Service of the Republic of Moldova on Monday inspected the post.")
    assert set(f.agencies) == {"Border Service of the Republic of Moldova"}


def test_the_state_an_embassy_is_accredited_to_stays_in_its_name() -> None:
    f = facts_of("The Embassy of the Republic of Chile to Bolivia sent a note.")
    assert "Embassy of the Republic of Chile to Bolivia" in f.agencies


def test_a_ministry_representative_in_a_state_is_of_the_ministry_not_of_a_ministry_in_that_state() -> None:
    f = facts_of("The talks were attended by the Representative of the MIA of Russia in the Republic of Chile, Police "
                 "Colonel Oleg Frolov, and by the Consul of the Embassy of Russia in Chile Ivan Sergeev.")
    assert f.persons["Oleg Frolov"].agency == "Ministry of Internal Affairs of the Russian Federation"
    assert f.persons["Ivan Sergeev"].agency == "Embassy of the Russian Federation in Chile"
    assert not any(name.endswith("in the Republic of Chile") for name in f.agencies)


def test_a_demonym_chairmanship_of_a_body_in_a_year() -> None:
    f = facts_of("During the Kazakh chairmanship of the Collective Security Treaty Organization in 2024, the "
                 "experts met twice.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Kazakhstan", "Collective Security Treaty Organization", date(2024, 1, 1), date(2024, 12, 31))]


def test_the_end_of_a_chairmanship_in_a_named_body() -> None:
    f = facts_of("The Finnish Presidency in the Council of the Baltic Sea States will end on June 30, 2021.")
    assert [(c.holder, c.end) for c in f.chairmanships] == [("Finland", date(2021, 6, 30))]


def test_has_been_chairing_since_a_date_written_first() -> None:
    f = facts_of("date 2018-07-05\nSince July 1, 2018, the Republic of Moldova has been chairing the Council "
                 "of Ministers of Internal Affairs of the CIS Member States.")
    [chair] = f.chairmanships
    assert (chair.holder, chair.start, chair.end) == ("Moldova", date(2018, 7, 1), None)


def test_chairmanship_with_explicit_period() -> None:
    f = facts_of("The Republic of Armenia has the chairmanship in the Collective Security Treaty Organization "
                 "from January 1, 2023, to December 31, 2023.")
    chair = f.chairmanships[0]
    assert (chair.holder, chair.holder_kind) == ("Armenia", "country")
    assert (chair.start, chair.end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_chairmanship_passed_from_one_country_to_another() -> None:
    f = facts_of("On 5 October 2021, Dushanbe hosted a meeting of the Council of Ministers of Internal "
                 "Affairs of the CIS Member States. The chairmanship of the Council passed from the Republic "
                 "of Tajikistan to the Kyrgyz Republic.")
    by_holder = {c.holder: c for c in f.chairmanships}
    assert by_holder["Tajikistan"].end == date(2021, 10, 5)
    assert by_holder["Kyrgyzstan"].start == date(2021, 10, 5)


def test_agency_assumes_chairmanship_for_a_year() -> None:
    f = facts_of("The Ministry of Internal Affairs of the Republic of Belarus has assumed the chairmanship of "
                 "the Council of Ministers of Internal Affairs of the CIS Member States for 2024.")
    chair = f.chairmanships[0]
    assert chair.holder_kind == "agency"
    assert (chair.start, chair.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_body_that_will_be_chaired_by_a_state_in_a_year() -> None:
    f = facts_of("date 2022-05-01\nIn 2022, Armenia presides over the Coordination Council of the Heads of Migration "
                 "Bodies. By rotation, the Council will be chaired by the Republic of Belarus in 2023.")
    held = {(c.holder, c.start, c.end) for c in f.chairmanships}
    assert ("Belarus", date(2023, 1, 1), date(2023, 12, 31)) in held


def test_a_person_who_chaired_a_meeting_gives_no_chairmanship() -> None:
    f = facts_of("date 2022-05-01\nThe meeting was chaired by the Head of the Migration Service of the Republic of "
                 "Armenia Armen Sargsyan.")
    assert f.chairmanships == []


def test_a_chairmanship_passed_at_the_end_of_a_meeting_changes_hands_on_its_last_day() -> None:
    f = facts_of("date 2024-10-03\nFrom 30 September to 2 October, Bishkek hosted the meeting of the Council of Heads "
                 "of Police. At the end of the meeting, the chairmanship in the Council passed from the Kyrgyz "
                 "Republic to the Republic of Tajikistan.")
    spans = {c.holder: (c.start, c.end) for c in f.chairmanships}
    assert spans == {"Kyrgyzstan": (None, date(2024, 10, 2)), "Tajikistan": (date(2024, 10, 2), None)}


# -- awkward input -----------------------------------------------------------------------------------


def test_text_cut_off_mid_word_still_gives_its_facts() -> None:
    f = facts_of("In Vienna, consultations were held between the Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov and the Federal Minister of the Interior of the Republic of Austria "
                 "Karl Huber. The parties agreed to prepare a joint pl")
    assert f.meetings[0].place == "Vienna"
    assert {"Ivan Orlov", "Karl Huber"} <= set(f.persons)


def test_text_wrapped_at_a_fixed_width_gives_the_facts_of_the_unwrapped_text() -> None:
    """A line going on with a lowercase word continues its sentence (mail, PDF conversions); the
    headline's break, before a capital, stays a break. Offsets are those of the wrapped text."""
    paragraph = ("Yesterday in Tashkent, the Minister of Internal Affairs of the Republic of Uzbekistan Pulat "
                 "Bobojonov held talks with the Deputy Minister of Internal Affairs of the Russian Federation Igor "
                 "Zubov. The sides discussed joint work against cybercrime and illegal migration.")
    wrapped = paragraph.replace(" held talks", "\nheld talks").replace("of the Russian", "of the\nRussian")
    wrapped = wrapped.replace(" joint work", "\n  joint work")
    header = "date 2022-06-15\nUzbekistan and Russia talk about migration\n"
    one_line, several = facts_of(header + paragraph), facts_of(header + wrapped)
    assert len(one_line.meetings) == len(several.meetings) == 1
    for field in ("start", "place", "status", "participants", "agencies", "countries", "topics"):
        assert getattr(several.meetings[0], field) == getattr(one_line.meetings[0], field), field
    assert set(several.persons) == set(one_line.persons) == {"Pulat Bobojonov", "Igor Zubov"}
    assert several.persons["Igor Zubov"].title == one_line.persons["Igor Zubov"].title
    text = header + wrapped
    quoted = [" ".join(text[span.start:span.end].split()) for span in several.meetings[0].evidence]
    assert any("Bobojonov held talks with the Deputy Minister" in quote for quote in quoted), quoted


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks in Minsk\nToday the ministers met.", "Talks in Minsk\nToday the ministers met."),  # a headline
    ("The ministers met.\n\nthe next day", "The ministers met.\n\nthe next day"),  # a blank line
    ("the ministers held\ntalks", "the ministers held talks"),
    ("the Minister of the\nRussian Federation", "the Minister of the Russian Federation"),
    ("in Minsk,\n  Ivan Orlov", "in Minsk,   Ivan Orlov"),
    ("Ivan Orlov\n", "Ivan Orlov\n"),
])
def test_soft_line_breaks_become_spaces_and_offsets_hold(text: str, expected: str) -> None:
    from coopkg.text import unwrap_lines

    assert unwrap_lines(text) == expected
    assert unwrap_lines("date 2020-01-01\nof\nthe", 16) == "date 2020-01-01\nof the"  # from the body on


def test_headline_and_body_reporting_one_meeting_give_one_meeting() -> None:
    f = facts_of("date 2021-07-07\nIvan Orlov held talks with Li Qiang in Beijing\n\nToday in Beijing, the "
                 "Minister of Internal Affairs of the Russian Federation Ivan Orlov held talks with the "
                 "Minister of Public Security of the People's Republic of China Li Qiang.")
    assert len(f.meetings) == 1
    assert f.meetings[0].start == date(2021, 7, 7)


def test_evidence_spans_point_into_the_release_text() -> None:
    text = "date 2021-07-07\nToday in Riga, talks were held with the Minister of the Interior of Latvia Anna Ozola."
    f = facts_of(text)
    span = f.meetings[0].evidence[0]
    assert f.release.quote(span).startswith("Today in Riga")


def test_coordinated_list_of_ministries_gives_one_agency_each() -> None:
    f = facts_of("date 2021-04-22\nThe heads of the Ministries of Internal Affairs of Belarus, Kazakhstan and "
                 "Kyrgyzstan met in Minsk on April 21.")
    assert {"Ministry of Internal Affairs of the Republic of Belarus",
            "Ministry of Internal Affairs of the Republic of Kazakhstan",
            "Ministry of Internal Affairs of the Kyrgyz Republic"} <= set(f.agencies)
    assert {"Belarus", "Kazakhstan", "Kyrgyzstan"} <= set(f.meetings[0].countries)


def test_elected_chairman_gives_the_chair_to_his_state() -> None:
    f = facts_of("The Minister of Internal Affairs of the Republic of Uzbekistan Aziz Karimov was elected "
                 "chairman of the Council of Ministers of Internal Affairs of the CIS Member States.")
    chair = f.chairmanships[0]
    assert (chair.holder, chair.holder_kind) == ("Uzbekistan", "country")
    assert "Council of Ministers" in chair.body


def test_counterpart_named_by_nationality() -> None:
    f = facts_of("date 2017-10-05\nEarlier today, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov met with his Armenian counterpart Vladimir Hakobyan in Sochi.")
    assert f.persons["Vladimir Hakobyan"].country == "Armenia"
    assert f.meetings[0].place == "Sochi"
    assert "Vladimir" not in f.places


def test_a_past_meeting_recalled_in_passing_leaves_the_later_topics_to_the_talks_reported() -> None:
    f = facts_of("date 2023-03-16\nOn Tuesday, the Minister of Internal Affairs of the Russian Federation Roman Gusev "
                 "held talks in Hanoi with the Minister of Public Security of Vietnam Tran Quang. The parties "
                 "discussed the agreements reached during the meeting in Moscow in November last year. Particular "
                 "attention was paid to countering cybercrime.")
    talks = next(m for m in f.meetings if m.place == "Hanoi")
    assert talks.topics == ["cybercrime"]
    assert all(m.topics == [] for m in f.meetings if m is not talks)


def test_a_meeting_whose_long_name_keeps_was_held_far_from_the_noun_is_found() -> None:
    f = facts_of("date 2022-09-30\nA working meeting of the leadership of the Main Directorate of the MIA of Russia "
                 "for the Altai Territory and the Police Department of the East Kazakhstan Region of the Republic of "
                 "Kazakhstan was held in Barnaul on September 28-29.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.end, meeting.place) == (date(2022, 9, 28), date(2022, 9, 29), "Barnaul")


def test_the_talks_dated_in_a_later_sentence_and_a_meeting_later_that_day() -> None:
    f = facts_of("date 2021-12-03\nIn Budapest, the Minister of Internal Affairs of the Russian Federation Roman Gusev "
                 "met with the Minister of Interior of Hungary Sandor Toth. The talks took place on 2 December 2021. "
                 "Later that day, Roman Gusev met with the Director of the Hungarian Police Janos Kiss.")
    first, second = f.meetings
    assert (first.start, first.place) == (date(2021, 12, 2), "Budapest")
    assert (second.start, second.place) == (date(2021, 12, 2), "Budapest")
    assert second.participants == ["Roman Gusev", "Janos Kiss"]


def test_the_bilateral_meetings_an_assembly_hosted_are_each_a_meeting_in_its_city() -> None:
    f = facts_of("date 2023-11-30\nOn the sidelines of the session of the Interpol General Assembly, which took place "
                 "in Vienna from November 28 to 30, the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held a number of bilateral meetings.\n\nIvan Orlov met with the Commissioner of the "
                 "Police of Malaysia Ahmad Faiz. During a meeting with the Director General for Public Security of "
                 "Austria Franz Huber, the sides discussed irregular migration.\n\nThe Russian delegation also "
                 "included the Head of the National Central Bureau of Interpol of the MIA of Russia Oleg Shirokov.")
    assembly, malaysia, austria = f.meetings
    assert [m.place for m in (malaysia, austria)] == ["Vienna", "Vienna"]
    assert austria.participants == ["Ivan Orlov", "Franz Huber"] and austria.topics == ["illegal-migration"]
    assert "Oleg Shirokov" in assembly.participants and "Oleg Shirokov" not in austria.participants


@pytest.mark.parametrize("visit", [
    "Roman Gusev received Deputy Minister of Internal Affairs of the Republic of Kazakhstan Nurlan Omarov",
    "Roman Gusev met with Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to the Russian "
    "Federation Nurlan Omarov",
    "Roman Gusev talked with Deputy Minister of Internal Affairs of the Republic of Kazakhstan Nurlan Omarov",
])
def test_ways_of_receiving_a_counterpart_that_real_releases_use(visit: str) -> None:
    f = facts_of(f"date 2023-04-05\nToday in Moscow, {visit}. The parties discussed illegal migration.")
    [meeting] = f.meetings
    assert meeting.participants == ["Roman Gusev", "Nurlan Omarov"]
    assert "Kazakhstan" in meeting.countries and meeting.topics == ["illegal-migration"]


def test_a_delegation_that_will_take_part_in_an_announced_session_is_its_party() -> None:
    f = facts_of("date 2021-11-10\nThe session of the Interpol General Assembly will be held in Istanbul on 23-25 "
                 "November. A Russian delegation will take part in the session.")
    [session] = f.meetings
    assert (session.status, session.place, session.start) == ("planned", "Istanbul", date(2021, 11, 23))
    assert session.countries == ["Russia"]


def test_the_next_day_of_a_visit_is_a_new_meeting_a_day_later() -> None:
    f = facts_of("date 2023-09-15\nOn September 12, in Jakarta, Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Chief of the Indonesian National Police Agus Santoso. The "
                 "next day, the Russian delegation was received by the Head of the National Narcotics Board of the "
                 "Republic of Indonesia Made Wirawan.")
    talks, next_day = f.meetings
    assert talks.participants == ["Ivan Orlov", "Agus Santoso"]
    assert next_day.start == date(2023, 9, 13) and "Made Wirawan" in next_day.participants


def test_meetings_with_the_delegations_of_several_police_forces_and_in_addition_with_two_officials() -> None:
    f = facts_of("date 2024-03-20\nOn March 14, the session of the Commission opened in Vienna. The Russian "
                 "delegation was headed by the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov. On the sidelines, the Russian delegation held working meetings with the delegations of the "
                 "Royal Malaysia Police and the Royal Thai Police. In addition, bilateral meetings took place with "
                 "the Director General of the Anti-Narcotics Force of Pakistan Tariq Khan and the Secretary General "
                 "of the Drug Control Headquarters of the Islamic Republic of Iran Ali Rezaei.")
    _session, malaysia, thailand, pakistan, iran = f.meetings
    assert [set(m.countries) for m in (malaysia, thailand)] == [{"Russia", "Malaysia"}, {"Russia", "Thailand"}]
    assert [m.participants for m in (pakistan, iran)] == [["Ivan Orlov", "Tariq Khan"], ["Ivan Orlov", "Ali Rezaei"]]
    assert {m.place for m in (malaysia, thailand, pakistan, iran)} == {"Vienna"}


@pytest.mark.parametrize("text", [
    "Today, the Minister of Internal Affairs of the Russian Federation Ivan Orlov held telephone talks with the "
    "Minister of Internal Affairs of the Republic of Tajikistan Rustam Nazarov.",
    "Today, Ivan Orlov had a telephone conversation with Rustam Nazarov. Ivan Orlov and Rustam Nazarov discussed "
    "illegal migration.",
    "The request of the Prosecutor General's Office of the Russian Federation was met with understanding by the "
    "Spanish authorities.",
    "Since January, officers of the National Central Bureau of Interpol of the MIA of Russia have held 46 working "
    "meetings with foreign liaison officers accredited in Moscow.",
    "Today, police officers of the Republic of Belarus received the Minister's awards of the MIA of Russia in Moscow.",
    "The international operational and preventive event \"Border\" was held from 18 to 24 September in the CSTO "
    "member states.",
    "Four officers of the Ministry of Public Security of the People's Republic of China will take part in joint "
    "patrols in Moscow from July 1 to July 31.",
    "The interstate operation \u201cBarrier \u2013 2020\u201d was conducted by the police of six states and "
    "resulted in 40 arrests.",
    "The Memorandum that Oleg Rudakov and Pavel Sadovsky signed a year ago remains in force.",  # not a signing now
    "The students also visited the Museum of the MIA of Russia.",  # an undated visit to a body
    "Practical classes with the cadets will be held at the shooting range.",  # a part of a course's programme
])
def test_what_is_not_a_meeting(text: str) -> None:
    assert facts_of("date 2023-06-28\n" + text).meetings == []


def test_people_who_are_not_there_are_no_participants() -> None:
    f = facts_of("date 2023-01-01\nToday in Islamabad, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Igor Orlov held talks with the Minister of Interior of Pakistan Rashid Khan. On behalf of "
                 "the President of the Russian Federation Pavel Sidorov, he conveyed greetings. At the end of the "
                 "meeting, Rashid Khan asked the Russian guest to convey his best wishes to the Minister of Internal "
                 "Affairs of the Russian Federation Ivan Petrov.")
    [meeting] = f.meetings
    assert meeting.participants == ["Igor Orlov", "Rashid Khan"]


@pytest.mark.parametrize("text", [
    "On October 3, the heads of the migration units of Kazakhstan and Russia approved a joint plan at a meeting in "
    "Almaty.",
    "On October 3, the results of the operation were summed up at the meeting of the heads of the migration units "
    "of Kazakhstan and Russia in Almaty.",
])
def test_a_meeting_reported_by_what_was_done_at_it(text: str) -> None:
    [meeting] = facts_of("date 2023-10-05\n" + text).meetings
    assert (meeting.start, meeting.place, set(meeting.countries)) == (date(2023, 10, 3), "Almaty",
                                                                      {"Kazakhstan", "Russia"})


def test_a_delegation_received_by_the_host_keeps_its_head_and_a_prime_minister_heads_no_ministry() -> None:
    f = facts_of("date 2023-05-26\nOn May 24-25, a delegation of the Ministry of Internal Affairs of the Republic of "
                 "Serbia headed by the Director of Police Milan Peric paid a working visit to Moscow. The Serbian "
                 "delegation was received by the First Deputy Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov. Ivan Orlov conveyed the greetings of the Prime Minister of the Russian Federation "
                 "Pavel Sidorov.")
    [meeting] = f.meetings
    assert set(meeting.participants) == {"Ivan Orlov", "Milan Peric"}
    assert f.persons["Pavel Sidorov"].agency is None
    assert "Ministry of the Russian Federation" not in f.agencies


@pytest.mark.parametrize("separator", [",", ";"])
def test_titles_after_names_in_a_list_stay_with_their_names(separator: str) -> None:
    f = facts_of(f"date 2024-03-01\nToday in Minsk, the meeting was attended by Ivan Kubrin, Minister of Internal "
                 f"Affairs of the Republic of Belarus{separator} Nurlan Sadykov, Minister of Internal Affairs of the "
                 f"Republic of Kazakhstan{separator} and Pavel Orlov, Deputy Minister of Internal Affairs of the "
                 f"Russian Federation.")
    assert [f.persons[name].country for name in ("Ivan Kubrin", "Nurlan Sadykov", "Pavel Orlov")] == [
        "Belarus", "Kazakhstan", "Russia"]
    assert not [name for name in f.agencies if ";" in name or " and" in name]


def test_a_counterpart_written_title_comma_name_after_a_russian_written_the_same_way() -> None:
    f = facts_of("date 2023-05-02\nToday in Moscow, Deputy Minister of Internal Affairs of the Russian Federation, "
                 "Police Colonel General Oleg Vasin met with the Minister of Interior of Ethiopia, Tesfaye Alemu.")
    [meeting] = f.meetings
    assert meeting.participants == ["Oleg Vasin", "Tesfaye Alemu"]
    assert set(meeting.countries) == {"Russia", "Ethiopia"}


def test_a_title_naming_a_body_with_and_in_it_stays_whole() -> None:
    f = facts_of("Ivan Orlov met with the Executive Director of the United Nations Office on Drugs and Crime "
                 "Anna Ricci.")
    assert f.persons["Anna Ricci"].agency == "United Nations Office on Drugs and Crime"


def test_an_ongoing_session_with_its_last_day_and_talks_with_a_and_with_b() -> None:
    f = facts_of("date 2019-03-15\nA delegation of the MIA of Russia is taking part in the session of the Commission "
                 "on Narcotic Drugs in Vienna. The session opened on March 14 and will last until March 22. On the "
                 "sidelines, the Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov held "
                 "bilateral talks with the Minister of Internal Affairs of Armenia Aram Petrosyan and with the "
                 "Minister of Internal Affairs of Azerbaijan Ramil Aliyev.")
    session, armenia, azerbaijan = f.meetings
    assert (session.status, session.start, session.end) == ("held", date(2019, 3, 14), date(2019, 3, 22))
    assert [armenia.participants, azerbaijan.participants] == [["Ivan Orlov", "Aram Petrosyan"],
                                                               ["Ivan Orlov", "Ramil Aliyev"]]


def test_the_russian_delegation_that_held_a_meeting_the_next_day_is_led_by_the_releases_official() -> None:
    f = facts_of("date 2019-04-05\nOn April 3, the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov held talks in Belgrade with the Minister of Interior of Serbia Nebojsa Stefan. On April 4, the "
                 "Russian delegation held a meeting in Belgrade with the Police Director Milan Jovanovic.")
    assert f.meetings[1].participants == ["Ivan Orlov", "Milan Jovanovic"]


def test_an_agency_named_like_an_operation_does_not_cancel_the_meeting() -> None:
    f = facts_of("date 2023-05-02\nToday in Moscow, the delegation was received by the Head of the Operations "
                 "Department of Europol Jan Visser.")
    assert len(f.meetings) == 1


def test_a_city_state_in_a_list_of_delegations_is_no_venue_and_a_separate_meeting_of_a_visit() -> None:
    f = facts_of("date 2023-09-12\nOn September 11, the ASEANAPOL conference opened in Kuala Lumpur. The Deputy "
                 "Minister of Internal Affairs of the Russian Federation Ivan Orlov spoke at the conference. "
                 "Delegations of Brunei, Singapore and Thailand took part in the work of the conference. A separate "
                 "meeting was held with the Inspector-General of the Royal Malaysia Police Ahmad Razak.")
    conference, side = f.meetings
    assert {"Brunei", "Singapore", "Thailand"} <= set(conference.countries)
    assert (side.place, side.participants) == ("Kuala Lumpur", ["Ivan Orlov", "Ahmad Razak"])


def test_who_will_represent_a_side_at_a_planned_meeting_joins_it() -> None:
    f = facts_of("date 2023-09-12\nThe next meeting of the Joint Working Group will be held in Addis Ababa in "
                 "December. It is planned that the Russian side will be represented by the Deputy Minister of "
                 "Internal Affairs of the Russian Federation Ivan Orlov.")
    [planned] = f.meetings
    assert planned.participants == ["Ivan Orlov"] and planned.place == "Addis Ababa"


def test_a_chair_passed_for_a_year_a_course_that_lasts_until_a_day_and_the_working_group_named_again() -> None:
    f = facts_of("date 2018-01-10\nOn December 5, 2017, a meeting of the Coordinating Council of Heads of Police and "
                 "of the BRICS Anti-Drug Working Group was held in Minsk. For 2018, the chairmanship of the "
                 "Coordinating Council passed to the Republic of Belarus. On January 9, an advanced training course "
                 "for police officers of Laos started in Moscow. The course will last until 19th January. The Indian "
                 "side will host the next meeting of the Working Group.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [("Belarus", date(2018, 1, 1),
                                                                      date(2018, 12, 31))]
    course = next(m for m in f.meetings if m.place == "Moscow")
    assert (course.start, course.end) == (date(2018, 1, 9), date(2018, 1, 19))
    assert f.meetings[-1].agencies == ["BRICS Anti-Drug Working Group"]


def test_his_tajik_counterpart_is_the_tajik_minister_named_before() -> None:
    f = facts_of("date 2023-10-13\nOn October 12, the Council met in Dushanbe under the Minister of Internal Affairs "
                 "of the Republic of Tajikistan Rustam Nazarov. On the sidelines, the Minister of Internal Affairs of "
                 "the Russian Federation Ivan Orlov held bilateral talks with his Tajik counterpart.")
    assert f.meetings[-1].participants == ["Ivan Orlov", "Rustam Nazarov"]


def test_an_ambassador_received_in_the_ministry_is_his_states_and_the_venue_said_after() -> None:
    f = facts_of("date 2023-03-02\nToday, the Deputy Minister of Internal Affairs of the Russian Federation Oleg Sedov "
                 "met with the Ambassador Extraordinary and Plenipotentiary of the Republic of Cuba to the Russian "
                 "Federation Ramon Diaz. The meeting took place in Moscow, in the central office of the MIA of Russia. "
                 "The parties discussed drug trafficking.")
    [meeting] = f.meetings
    assert (meeting.place, meeting.topics) == ("Moscow", ["drug-trafficking"])
    # the embassy his title heads, not the host state's ministry (the guideline's rule for a minister's title)
    embassy = "Embassy of the Republic of Cuba in the Russian Federation"
    assert (f.persons["Ramon Diaz"].agency, f.persons["Ramon Diaz"].country) == (embassy, "Cuba")
    assert embassy in meeting.agencies and f.agencies[embassy].country == "Cuba"


def test_an_ambassador_serves_in_the_embassy_of_his_state_the_release_names() -> None:
    f = facts_of("date 2019-05-14\nToday, the First Deputy Minister of Internal Affairs of the Russian Federation "
                 "Pavel Lukin received the Ambassador of the Republic of Chile to the Russian Federation Diego Soto. "
                 "Officers of the Embassy of Chile in Moscow and of the Embassy of Peru in Moscow were present.")
    assert f.persons["Diego Soto"].agency == "Embassy of the Republic of Chile in Moscow"
    assert not [name for name in f.agencies if name.endswith("in the Russian Federation")]


def test_an_embassy_belongs_to_the_state_that_sends_it() -> None:
    f = facts_of("date 2019-05-14\nToday, in Moscow, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Pavel Lukin met with the Director General of the Investigations Police of Chile Rosa "
                 "Pinto. Staff of the Embassy of Chile in the Russian Federation attended.")
    [embassy] = [fact for name, fact in f.agencies.items() if name.startswith("Embassy")]
    assert (embassy.name, embassy.country) == ("Embassy of the Republic of Chile in the Russian Federation", "Chile")


def test_a_bare_ambassador_gets_no_embassy_guessed() -> None:
    f = facts_of("date 2019-05-14\nToday, the Deputy Minister of Internal Affairs of the Russian Federation Pavel "
                 "Lukin met in Moscow with the Ambassador of the Republic of Chile Diego Soto and the Director General "
                 "of the Investigations Police of Chile Rosa Pinto.")
    assert f.persons["Diego Soto"].agency is None  # (not the Chilean police named after him)
    assert not [name for name in f.agencies if name.startswith("Embassy")]


def test_a_delegation_received_in_a_city_and_sideline_talks_after_a_planned_meeting_is_announced() -> None:
    f = facts_of("date 2017-03-02\nToday, the Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov "
                 "received in Dushanbe a delegation of the Ministry of Internal Affairs of the Republic of Tajikistan. "
                 "The next meeting will be held in Astana in September. On the sidelines of the meeting, Ivan Orlov "
                 "held talks with the Minister of Internal Affairs of the Kyrgyz Republic Ulan Asanov.")
    held = [m for m in f.meetings if m.status == "held"]
    assert [m.place for m in held] == ["Dushanbe", "Dushanbe"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On June 14, 2019, the chairmanship in the Shanghai Cooperation Organization will pass from the Kyrgyz Republic "
     "to the Russian Federation.",
     {("Kyrgyzstan", None, date(2019, 6, 14)), ("Russia", date(2019, 6, 14), None)}),
    ("The meeting of the Council of Ministers of Internal Affairs of the CIS Member States was held in Minsk. The "
     "Armenian side, which chaired the Council in 2016, handed over the chairmanship to the Republic of Belarus for "
     "2017.",
     {("Armenia", date(2016, 1, 1), date(2016, 12, 31)), ("Belarus", date(2017, 1, 1), date(2017, 12, 31))}),
])
def test_chairmanships_that_will_pass_or_are_handed_over_by_a_side(text: str, expected: set[tuple]) -> None:
    assert {(c.holder, c.start, c.end) for c in facts_of("date 2017-01-10\n" + text).chairmanships} == expected


def test_a_chair_passed_at_the_closing_session_ends_the_holder_named_before() -> None:
    f = facts_of("date 2022-04-09\nFrom 6 to 8 April, the Council of Heads of Migration Bodies of the CIS Member "
                 "States met in Baku. The Azerbaijani side, which has chaired the Council for the past year, opened "
                 "the session. At the closing session, the chairmanship of the Council passed to the Republic of "
                 "Uzbekistan. The Council works under the chairmanship of the Republic of Uzbekistan, which leads "
                 "the Council in 2022–2023.")
    chairs = {c.holder: (c.start, c.end) for c in f.chairmanships}
    assert chairs["Azerbaijan"][1] == date(2022, 4, 8)
    assert chairs["Uzbekistan"][0] == date(2022, 4, 8)


def test_a_body_led_by_a_state_in_a_span_of_years_and_a_meeting_hosted_by_the_chair_keeps_its_date() -> None:
    f = facts_of("date 2019-02-20\nOslo hosted a session of the Working Group, the first under the chairmanship "
                 "of the Kingdom of Norway, which leads the Council of the Baltic Sea States in 2019–2020. The next "
                 "session will be hosted by the Norwegian chairmanship in Bergen on 20–21 May.")
    chair = next(c for c in f.chairmanships if c.holder == "Norway")
    assert (chair.body, chair.start, chair.end) == ("Council of the Baltic Sea States", date(2019, 1, 1),
                                                    date(2020, 12, 31))
    planned = next(m for m in f.meetings if m.status == "planned")
    assert (planned.place, planned.start, planned.end) == ("Bergen", date(2019, 5, 20), date(2019, 5, 21))


def test_the_head_of_a_delegation_after_a_name_is_a_title() -> None:
    f = facts_of("The Council heard Aibek Dzhumabaev, the head of the Kyrgyz delegation, on drug trafficking.")
    person = f.persons["Aibek Dzhumabaev"]
    assert (person.title, person.country) == ("head of the Kyrgyz delegation", "Kyrgyzstan")


def test_chairmanships_in_the_association_handed_over_by_a_minister_or_passing_later() -> None:
    f = facts_of("date 2020-10-08\nIn Kazan, the meeting of the SCO Council of Heads of Internal Affairs Bodies "
                 "took place within the framework of Russia's chairmanship in the organization in 2020. At the "
                 "closing, Aidar Sadykov, who had chaired the Council since its previous meeting, handed over the "
                 "chairmanship to the host, the Minister of Internal Affairs of the Republic of Tatarstan Artem "
                 "Khokhorin. The Ministry of Internal Affairs of the Kyrgyz Republic, which chaired the Council in "
                 "2019, will hand over the chairmanship for 2021 to the Ministry of Internal Affairs of the "
                 "Republic of Uzbekistan. Next year the chairmanship of the SCO passes to Tajikistan.")
    chairs = {(c.holder, c.body, c.start, c.end) for c in f.chairmanships}
    sco = "Shanghai Cooperation Organization"
    assert ("Russia", sco, date(2020, 1, 1), date(2020, 12, 31)) in chairs
    assert any(holder == "Ministry of Internal Affairs for the Republic of Tatarstan" or "Tatarstan" in holder
               for holder, _body, _start, _end in chairs)
    kyrgyz = [c for c in chairs if c[0] == "Ministry of Internal Affairs of the Kyrgyz Republic"]
    assert [(c[2], c[3]) for c in kyrgyz] == [(date(2019, 1, 1), date(2019, 12, 31))]
    assert any(c[0] == "Ministry of Internal Affairs of the Republic of Uzbekistan" and c[2] == date(2021, 1, 1)
               for c in chairs)
    assert any(c[0] == "Tajikistan" and c[1] == sco for c in chairs)


def test_a_hosted_round_of_consultations_and_the_talks_that_tell_who_took_part_are_one_meeting() -> None:
    f = facts_of("date 2023-06-26\nOn 22-23 June, Rome hosted the third round of Russian-Italian consultations on "
                 "countering organized crime. The Russian delegation, headed by the Deputy Minister of Internal "
                 "Affairs of the Russian Federation Vasily Orlov, held talks with the Head of the Central Directorate "
                 "for Anti-Drug Services of Italy Giuseppe Conti. The fourth round will take place in Moscow in 2024.")
    held, planned = f.meetings
    assert (held.start, held.place, held.participants) == (date(2023, 6, 22), "Rome", ["Vasily Orlov",
                                                                                        "Giuseppe Conti"])
    assert set(held.countries) == set(planned.countries) == {"Russia", "Italy"}


def test_who_will_come_to_a_planned_conference() -> None:
    f = facts_of("date 2022-10-03\nThe international conference on drug trafficking will be held in Kazan on October "
                 "12. Law enforcement officers of Belarus and China have already confirmed their participation. The "
                 "Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov will lead the Russian "
                 "delegation.")
    [planned] = f.meetings
    assert planned.participants == ["Ivan Orlov"]
    assert set(planned.countries) == {"Belarus", "China", "Russia"}


@pytest.mark.parametrize(("text", "parties", "observer"), [
    ("date 2024-03-01\nToday in Minsk, a meeting of the Council of Heads of Police was held. Delegations of "
     "Armenia, Kazakhstan and Russia took part in the work of the meeting, and Turkmenistan attended as an observer. "
     "The Armenian, Belarusian and Kyrgyz delegations made reports.",
     {"Armenia", "Kazakhstan", "Russia"}, "Turkmenistan"),
    # the heads who took part before ", as did ... observers" are parties
    ("date 2016-09-16\nOn 13-15 September 2016, the annual ASEANAPOL Conference was held in Kuala Lumpur. The heads "
     "of the police services of Brunei, Cambodia and Indonesia took part in the conference, as did delegations of the "
     "dialogue partners and observers of ASEANAPOL, among them Japan.",
     {"Brunei", "Cambodia", "Indonesia"}, "Japan"),
    ("date 2016-09-16\nOn 13-15 September 2016, the annual ASEANAPOL Conference was held in Kuala Lumpur. The heads "
     "of police of Brunei, Cambodia and Indonesia took part in it, as well as delegations of dialogue partners and "
     "observers, namely Japan and Russia.",
     {"Brunei", "Cambodia", "Indonesia"}, "Japan"),
])
def test_the_parties_of_a_session_and_its_observers(text: str, parties: set[str], observer: str) -> None:
    [meeting] = facts_of(text).meetings
    assert parties <= set(meeting.countries)
    assert observer not in meeting.countries


def test_bilateral_consultations_with_several_delegations_are_several_meetings() -> None:
    f = facts_of("date 2024-03-01\nOn the sidelines of the session in Vienna, the Russian delegation held bilateral "
                 "consultations with the delegations of Iran, Laos and Nicaragua.")
    assert len(f.meetings) == 3


@pytest.mark.parametrize("chair", ["Russia's BRICS chairmanship in 2024", "Russia's chairmanship in BRICS in 2024",
                                   "the Russian chairmanship in BRICS in 2024"])
def test_a_chairmanship_named_beside_a_dated_meeting_keeps_its_own_period(chair: str) -> None:
    f = facts_of(f"date 2024-08-29\nWithin the framework of {chair}, a meeting of the BRICS Anti-Drug Working Group "
                 "took place in Kazan on August 27-28.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Russia", "BRICS", date(2024, 1, 1), date(2024, 12, 31))]
    assert (f.meetings[0].start, f.meetings[0].end) == (date(2024, 8, 27), date(2024, 8, 28))


def test_talks_the_day_before_a_meeting_and_the_member_states_body_of_a_meeting() -> None:
    f = facts_of("date 2024-01-05\nOn December 28, Baku hosted a meeting of the heads of the police agencies of the "
                 "SCO member states. The day before the meeting, the Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Minister of Internal Affairs of the Republic of Azerbaijan "
                 "Ramil Aliyev.")
    council, talks = f.meetings
    assert council.agencies == ["Shanghai Cooperation Organization"]
    assert (talks.start, talks.place) == (date(2023, 12, 27), "Baku")


def test_meetings_also_held_during_a_visit_are_side_meetings_and_the_visit_goes_on() -> None:
    f = facts_of("date 2017-10-26\nOn October 24-25, a delegation of the Ministry of Internal Affairs of the Russian "
                 "Federation led by the Deputy Minister of Internal Affairs Ivan Orlov visited the headquarters of "
                 "Europol in The Hague. The delegation was received by the Deputy Executive Director of Europol Jan "
                 "Visser. Meetings were also held with the management of the European Cybercrime Centre. The parties "
                 "discussed terrorism. It was agreed that the next meeting will be held in Moscow.")
    visit, side, planned = f.meetings
    assert visit.topics == ["terrorism"] and side.topics == []
    assert (side.place, side.countries) == ("The Hague", ["Russia"])
    assert "Ministry of Internal Affairs of the Russian Federation" in side.agencies
    assert "European Cybercrime Centre" not in planned.agencies


def test_an_invitation_to_a_planned_forum_names_no_party_of_it() -> None:
    f = facts_of("date 2024-05-22\nToday in Abu Dhabi, the Minister of Internal Affairs of the Russian Federation "
                 "Roman Gusev held talks with the Minister of Interior of the United Arab Emirates Khalid Al Mansoori. "
                 "Roman Gusev invited his colleague to take part in the security forum to be held in Moscow in "
                 "autumn.")
    talks, forum = f.meetings
    assert (forum.status, forum.place) == ("planned", "Moscow")
    assert (forum.participants, forum.agencies, forum.countries) == ([], [], [])
    assert len(talks.participants) == 2


def test_decision_to_hold_an_event_is_a_planned_meeting() -> None:
    f = facts_of("date 2018-03-14\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Minister of Internal Affairs of the Republic of Tajikistan Rustam "
                 "Nazarov. A decision was made to hold a joint conference in Dushanbe in June 2018.")
    planned = [m for m in f.meetings if m.status == "planned"]
    assert [m.place for m in planned] == ["Dushanbe"]
    assert planned[0].start is None


# -- the bundled seed releases (data/releases): the facts a reader of them expects ------------------

SEEDS = __import__("pathlib").Path(__file__).resolve().parent.parent / "data" / "releases"


def test_seed_stockholm_meeting() -> None:
    from coopkg.reader import read_release

    f = extract(read_release(SEEDS / "000_90fdd230b0fe3864.txt"))
    assert f.release.publication_date == date(2020, 1, 1)
    [meeting] = f.meetings
    assert (meeting.status, meeting.start, meeting.place) == ("held", date(2020, 1, 1), "Stockholm")
    assert meeting.participants == ["Vladimir Kolokoltsev", "Mikael Damberg"]
    assert set(meeting.countries) == {"Russia", "Sweden"}
    assert {"organized-crime", "illegal-migration", "drug-trafficking", "terrorism", "economic-crime",
            "vehicle-theft"} <= set(meeting.topics)
    assert f.persons["Mikael Damberg"].title == "Minister for Home Affairs of the Kingdom of Sweden"
    assert "Council of the Baltic Sea States" in {a for a in f.agencies} | {
        alias for a in f.agencies.values() for alias in a.aliases}


def test_seed_bstf_release() -> None:
    from coopkg.reader import read_release

    f = extract(read_release(SEEDS / "004_e8ba220d328341bb.txt"))
    assert f.release.publication_date is None
    held = [m for m in f.meetings if m.status == "held"]
    planned = [m for m in f.meetings if m.status == "planned"]
    assert [(m.place, m.start) for m in held] == [("Petrozavodsk", None)]
    assert set(held[0].participants) == {"Petr Popov", "Vasily Kukushkin"}
    expected = ("Saint Petersburg", date(2016, 5, 3), date(2016, 5, 6))
    assert [(m.place, m.start, m.end) for m in planned] == [expected, expected]
    [chair] = f.chairmanships
    assert (chair.holder, chair.start, chair.end) == ("Russia", date(2015, 1, 1), date(2016, 12, 31))
    assert "Task Force" in chair.body


_SCO, _CSTO = "Shanghai Cooperation Organization", "Collective Security Treaty Organization"


def test_a_chairmanship_that_will_pass_without_a_body_named_is_of_the_body_just_spoken_of() -> None:
    f = facts_of("date 2024-06-28\nThe meeting was held under the Kazakh chairmanship in the SCO. On 4 July 2024, the "
                 "chairmanship will pass to the People's Republic of China.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Kazakhstan", _SCO, None, date(2024, 7, 4)), ("China", _SCO, date(2024, 7, 4), None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("On 4 July 2024, the SCO chairmanship passed from Kazakhstan to China.",
     {("Kazakhstan", _SCO, None, date(2024, 7, 4)), ("China", _SCO, date(2024, 7, 4), None)}),
    ("Uzbekistan will chair the CSTO in 2024-2025.", {("Uzbekistan", _CSTO, date(2024, 1, 1), date(2025, 12, 31))}),
    ("Russia's chairmanship of BRICS started on January 1, 2024.", {("Russia", "BRICS", date(2024, 1, 1), None)}),
    ("In 2024, Russia holds the BRICS chairmanship.", {("Russia", "BRICS", date(2024, 1, 1), date(2024, 12, 31))}),
    ("The presidency of the CSTO was assumed by the Russian Federation on July 1, 2023.",
     {("Russia", _CSTO, date(2023, 7, 1), None)}),
    ("Kazakhstan took over the chairmanship of the CSTO from the Republic of Belarus on January 1, 2024.",
     {("Kazakhstan", _CSTO, date(2024, 1, 1), None), ("Belarus", _CSTO, None, date(2024, 1, 1))}),
    ("The talks covered the chairmanship in BRICS, which Russia holds in 2024. In 2025, the chairmanship in BRICS "
     "will pass to the Federative Republic of Brazil.",
     {("Russia", "BRICS", date(2024, 1, 1), date(2024, 12, 31)), ("Brazil", "BRICS", date(2025, 1, 1),
                                                                  date(2025, 12, 31))}),
    ("On June 5, 2024, at the session of the CSTO, the Republic of Belarus handed the chairmanship over to the "
     "Republic of Kazakhstan.",
     {("Belarus", _CSTO, None, date(2024, 6, 5)), ("Kazakhstan", _CSTO, date(2024, 6, 5), None)}),
])
def test_chairmanship_phrasings_of_real_releases(text: str, expected: set[tuple[object, ...]]) -> None:
    f = facts_of("date 2024-07-05\n" + text)
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == expected


def test_presides_and_under_the_chairmanship() -> None:
    f = facts_of("The Republic of Kazakhstan presides over the Collective Security Treaty Organization in 2024. "
                 "The meeting in Astana was held under the Kazakh chairmanship in the CSTO.")
    [chair] = f.chairmanships
    assert chair.holder == "Kazakhstan"
    assert (chair.start, chair.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_title_written_with_a_demonym() -> None:
    f = facts_of("On the sidelines of the forum in Beijing, Russian Deputy Interior Minister Oleg Ivanov met with "
                 "the Minister of the Interior of the Republic of Chile Tomas Vidal.")
    assert f.persons["Oleg Ivanov"].agency == "Ministry of Internal Affairs of the Russian Federation"
    assert f.persons["Oleg Ivanov"].country == "Russia"


def test_body_named_in_lower_case_and_chairmanship_transferred_to() -> None:
    f = facts_of("date 2019-06-05\nThe meeting of the Council of Ministers of Internal Affairs of the CIS member "
                 "states took place in Ashgabat on June 4. Following the meeting, the chairmanship in the Council "
                 "was transferred to the Republic of Uzbekistan.")
    assert any("Council of Ministers" in a for a in f.meetings[0].agencies)
    [chair] = f.chairmanships
    assert (chair.holder, chair.start) == ("Uzbekistan", date(2019, 6, 4))


def test_field_minister_bare_minister_and_delegation_leader() -> None:
    f = facts_of("date 2023-02-02\nToday in Rome, Interior Minister of Italy Marco Bianchi met with Deputy "
                 "Minister Oleg Ivanov. A delegation of the Ministry of Public Security of the Socialist Republic of "
                 "Vietnam led by Deputy Minister, Lieutenant General Tran Van Minh also attended. The parties "
                 "discussed \u00abillegal migration\u00bb.")
    assert f.persons["Marco Bianchi"].agency == "Ministry of the Interior of the Italian Republic"
    assert f.persons["Oleg Ivanov"].agency == "Ministry of Internal Affairs of the Russian Federation"
    assert f.persons["Tran Van Minh"].country == "Vietnam"
    assert "illegal-migration" in f.meetings[0].topics  # a quoted lower-case topic is not an operation name


_GUARD_SAMPLES = [
    "The meeting was held in Minsk on May 3-6, 2016.", "Talks took place today; the next session will be held in Baku.",
    "He met with the Minister. They agreed to hold the next conference from 6 to 9 November 2018.",
    "The parties participated in the forum (Bishkek, September 10-12, 2019) on Tuesday.",
    "THE MEETING WAS HELD IN MAY 2019", "Hosted by X, the summit opened. It is scheduled for 14–16 October.",
    "The Seſſion was held in Oslo on the ſame day", "The \u212aey meeting was held on 3 May",
    "\u0130n 2019 the talks were held",
    "A delegation to the roundtable on Monday", "The decision to convene the Assembly in early spring 2020",
]


@pytest.mark.parametrize("text", _GUARD_SAMPLES)
def test_guarded_cue_and_date_search_matches_plain_search(text: str) -> None:
    """The guards only skip work: cues and dates are those the patterns find on their own."""
    from coopkg import dates, extractor

    ctx = extractor._Context(parse_release("t", text), extractor.load_gazetteer(), text, [])
    held = next((m for p in extractor.HELD_CUES if (m := p.search(text))), None)
    got = extractor._held_cue(ctx, text)
    assert (got and (got.span(), got.re)) == (held and (held.span(), held.re))
    assert extractor._is_planned(ctx, text) == any(p.search(text) for p in extractor.PLANNED_CUES)
    plain: list[tuple[int, int]] = []
    for _kind, pattern in dates._PATTERNS:
        plain += [m.span() for m in pattern.finditer(text) if not any(m.start() < e and s < m.end() for s, e in plain)]
    assert [(d.begin, d.finish) for d in dates.find_dates(text, date(2020, 1, 1))] == sorted(plain)


_SCAN_SAMPLES = [
    "Ministry of Internal Affairs of the Russian Federation and the INTERPOL met in Moscow.",
    "XRussia, Russia-Finland, the russian federation, ministry of internal affairs of russia, MIA of Russia.",
    "Die Bundespolizei and the F\u00e9d\u00e9ral Police of Belgium; \u0130nterpol and EUROPOL (\u212aazakhstan).",
    "\u03a3\u03a9\u03a3 Europol in Ath\u00e8nes, Greece; europol-led talks with Finnish Customs.",
]


@pytest.mark.parametrize("text", _SCAN_SAMPLES)
def test_fast_name_scans_match_plain_scans(text: str) -> None:
    """Headless and lowered scans of the gazetteer find exactly what the patterns find on their own."""
    from coopkg import extractor
    from coopkg.text import plain_lower

    for _kind, pattern, _table in extractor._scanners(extractor.load_gazetteer()):
        lowered = plain_lower(text)
        fast, subject = extractor._scanner_for(pattern, text, lowered)
        if lowered is not None:
            assert len(lowered) == len(text)
        spans = [m.span() for m in extractor._name_matches(fast, subject, 0)]
        assert spans == [m.span() for m in pattern.finditer(text)]


def test_span_index_answers_as_a_scan_of_every_span() -> None:
    import random

    from coopkg.extractor import _Spans

    rng = random.Random(7)
    spans: list[tuple[int, int]] = []
    index = _Spans()
    for _ in range(300):
        start = rng.randrange(0, 2000)
        span = (start, start + rng.randrange(1, 60))
        spans.append(span)
        index.add(*span)
        lo = rng.randrange(0, 2100)
        hi = lo + rng.randrange(1, 80)
        assert index.covers(lo, hi) == any(s <= lo and hi <= e for s, e in spans)
        assert index.overlaps(lo, hi) == any(s < hi and lo < e for s, e in spans)
        assert index.holds(lo) == any(s <= lo < e for s, e in spans)
    assert _Spans(spans).near(0, 10_000) == sorted(spans)


@pytest.mark.parametrize(("text", "expected"), [
    # the period after "which presides over <body> from ... to ..." is not part of the body's name
    ("The experts met under the chairmanship of the Republic of Armenia, which presides over the CSTO from "
     "January 1, 2022, to December 31, 2022.", {("Armenia", _CSTO, date(2022, 1, 1), date(2022, 12, 31))}),
    # a demonym of two words
    ("The seminar was part of the South African chairmanship of BRICS in 2023.",
     {("South Africa", "BRICS", date(2023, 1, 1), date(2023, 12, 31))}),
    # "the association": the body the sentence named before, and "which <holder> assumed on <day>"
    ("The BRICS experts met in Sochi within the Russian chairmanship in the association, which the Russian "
     "Federation assumed on January 1, 2024.", {("Russia", "BRICS", date(2024, 1, 1), None)}),
    ("The BRICS experts gathered in Ufa. Brazil, which will take over the chairmanship in the association from "
     "January 1, 2025, proposed a new agenda.", {("Brazil", "BRICS", date(2025, 1, 1), None)}),
    ("The talks prepared the events of BRICS. The Russian Federation assumed the chairmanship of the association "
     "on January 1, 2024, for a period of one year.", {("Russia", "BRICS", date(2024, 1, 1), date(2024, 12, 31))}),
    # "this year" is the release's year, not the day of the meeting the sentence dates
    ("Talks were held in Bangkok on June 30, hosted by Thailand, which holds the chairmanship of the SCO this year.",
     {("Thailand", _SCO, date(2024, 1, 1), date(2024, 12, 31))}),
    # "throughout <year>", "for the period of <years>", "holding the chairmanship", "would pass", "would be chaired"
    ("Yesterday's meeting was chaired by Moldova, which has chaired the CSTO throughout 2023.",
     {("Moldova", _CSTO, date(2023, 1, 1), date(2023, 12, 31))}),
    ("Georgia presides over the SCO for the period of 2023–2024.",
     {("Georgia", _SCO, date(2023, 1, 1), date(2024, 12, 31))}),
    ("The session took place in Minsk on June 3, the Republic of Belarus holding the chairmanship of the CSTO in 2024.",
     {("Belarus", _CSTO, date(2024, 1, 1), date(2024, 12, 31))}),
    ("It was decided that from January 1, 2025, the chairmanship of the SCO would pass to the Republic of Tajikistan.",
     {("Tajikistan", _SCO, date(2025, 1, 1), None)}),
    ("It was agreed that in 2025–2026 the CSTO would be chaired by the Kyrgyz Republic.",
     {("Kyrgyzstan", _CSTO, date(2025, 1, 1), date(2026, 12, 31))}),
    # the chair passes with no body named: the body just spoken of
    ("Estonia chairs the SCO in 2024. From January 1, 2025, the chairmanship will be assumed by the Republic of "
     "Latvia.",
     {("Estonia", _SCO, date(2024, 1, 1), date(2024, 12, 31)), ("Latvia", _SCO, date(2025, 1, 1), None)}),
    ("Estonia chairs the SCO in 2024. By decision of the ministers, its chairmanship for 2025 was entrusted to "
     "the Republic of Latvia.",
     {("Estonia", _SCO, date(2024, 1, 1), date(2024, 12, 31)), ("Latvia", _SCO, date(2025, 1, 1),
                                                                  date(2025, 12, 31))}),
    # "..., which began on <day>" after "the Russian chairmanship in BRICS"
    ("The seminar was held as part of the Indian chairmanship in BRICS, which began on January 1, 2021.",
     {("India", "BRICS", date(2021, 1, 1), None)}),
    # the chair's own clause, not a meeting's days later in the sentence
    ("On 20 September, in Manila, consultations were held, organized by Thailand, holding the chairmanship in the "
     "SCO in 2017, the year of its jubilee, and attended by the heads of delegations who had met on 18-19 September.",
     {("Thailand", _SCO, date(2017, 1, 1), date(2017, 12, 31))}),
    # "which the Russian side exercises from ... to ...", "which will be exercised from ... to ..."
    ("The meeting took place within the chairmanship of the Russian Federation in the SCO, which the Russian side "
     "exercises from 1 January to 30 June 2017.", {("Russia", _SCO, date(2017, 1, 1), date(2017, 6, 30))}),
    ("The guest presented the priorities of the chairmanship of the Republic of Serbia in the CSTO, which will be "
     "exercised from 1 July to 31 December 2017.", {("Serbia", _CSTO, date(2017, 7, 1), date(2017, 12, 31))}),
    ("At the opening of the meeting the chairmanship of the CSTO, which was exercised during the past year by the "
     "Republic of Armenia, passed to the Republic of Belarus on 11 October 2018.",
     {("Armenia", _CSTO, None, date(2018, 10, 11)), ("Belarus", _CSTO, date(2018, 10, 11), None)}),
    ("The event was organised within the Russian Chairmanship-in-Office of the BSEC, which began on 1 January 2021 "
     "and will last until 30 June 2021.",
     {("Russia", "Organization of the Black Sea Economic Cooperation", date(2021, 1, 1), date(2021, 6, 30))}),
    ("In 2020, the chairmanship in the SCO will be held by the Russian Federation.",
     {("Russia", _SCO, date(2020, 1, 1), date(2020, 12, 31))}),
    # the new chairman of a state's agency chairs for the state that took the chair, "until the end of <year>"
    ("The chairmanship of the CSTO passed from the Russian Federation to the Republic of Kazakhstan on 4 October "
     "2018. The new Chairman, the Chairman of the Migration Service Committee of the Ministry of Internal Affairs of "
     "the Republic of Kazakhstan Serik Amanov, will chair the CSTO until the end of 2019.",
     {("Russia", _CSTO, None, date(2018, 10, 4)), ("Kazakhstan", _CSTO, date(2018, 10, 4), date(2019, 12, 31))}),
    # the day the sentence names, not the first day of the meeting it is part of
    ("On 13-15 May 2024, the annual SCO Conference was held in Astana. On 15 May, the chairmanship of the SCO passed "
     "from the Republic of Kazakhstan to the People's Republic of China.",
     {("Kazakhstan", _SCO, None, date(2024, 5, 15)), ("China", _SCO, date(2024, 5, 15), None)}),
])
def test_chairmanship_periods_and_bodies_named_by_a_word_or_a_clause(text: str,
                                                                     expected: set[tuple[object, ...]]) -> None:
    f = facts_of("date 2024-07-05\n" + text)
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == expected


def test_a_meeting_told_without_a_place_is_where_the_trip_was_within_a_few_days() -> None:
    f = facts_of("date 2023-05-08\nOn May 5, the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Pletnev held talks in Hanoi with the Minister of Public Security of the Socialist Republic of "
                 "Vietnam To Van Hung. On May 6, Ivan Pletnev met with the Director of the Police Department of "
                 "Cambodia Sok Vanna.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2023, 5, 5), "Hanoi"), (date(2023, 5, 6), "Hanoi")]


@pytest.mark.parametrize("second", [
    "On May 6, Ivan Pletnev held a videoconference with the Director of the Police Department of Cambodia Sok Vanna.",
    "On May 20, Ivan Pletnev met with the Director of the Police Department of Cambodia Sok Vanna.",
])
def test_a_videoconference_or_a_meeting_weeks_later_is_not_where_the_trip_was(second: str) -> None:
    f = facts_of("date 2023-05-21\nOn May 5, the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Pletnev held talks in Hanoi with the Minister of Public Security of the Socialist Republic of "
                 "Vietnam To Van Hung. " + second)
    assert [m.place for m in f.meetings] == ["Hanoi", None]


def test_a_meeting_that_agreed_to_hold_another_is_held_and_the_other_planned() -> None:
    f = facts_of("date 2022-03-04\nOn the sidelines of the forum in Almaty, the Minister of Internal Affairs of the "
                 "Russian Federation Pavel Sorokin held a bilateral meeting with the Minister of Internal Affairs of "
                 "the Republic of Armenia Aram Hakobyan, during which the parties discussed illegal migration, and "
                 "agreed to hold consultations of experts in Yerevan in the spring.")
    assert [(m.status, m.place, m.participants) for m in f.meetings] == [
        ("held", "Almaty", ["Pavel Sorokin", "Aram Hakobyan"]), ("planned", "Yerevan", [])]


def test_a_holder_named_before_an_aside_presides_this_year_over_the_council_it_named_in_full() -> None:
    council = "Coordination Council of Heads of Competent Authorities on Countering Illegal Migration of the CSTO " \
              "Member States"
    f = facts_of(f"From 4 to 6 May 2023, the regular meeting of the {council} was held in Minsk, organised by the "
                 "Ministry of Internal Affairs of the Republic of Belarus, which, in connection with the chairmanship "
                 "of the Republic of Belarus in the CSTO in 2023, presides over the Coordination Council this year.")
    year = (date(2023, 1, 1), date(2023, 12, 31))
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Belarus", _CSTO, *year), ("Ministry of Internal Affairs of the Republic of Belarus", council, *year)}
    assert "Coordination Council" not in f.agencies


def test_a_chairmanship_that_will_end_on_a_day_and_the_presidency_assumed_the_next() -> None:
    f = facts_of("date 2019-05-20\nKyrgyzstan holds the chairmanship of the SCO. The Kyrgyz chairmanship, which "
                 "began in June 2018, will end on 14 June 2019, and from 15 June 2019 the presidency of the SCO will "
                 "be assumed by the Russian Federation.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Kyrgyzstan", None, date(2019, 6, 14)), ("Russia", date(2019, 6, 15), None)}


def test_observers_named_after_a_semicolon_are_not_parties_but_the_delegations_before_it_are() -> None:
    f = facts_of("date 2022-04-02\nYesterday, a meeting of the Council of Ministers of Internal Affairs of the CIS "
                 "Member States was held in Minsk. The meeting was attended by the delegations of the Republic of "
                 "Armenia, the Republic of Belarus and the Republic of Kazakhstan; Mongolia and the International "
                 "Organization for Migration were represented at the meeting as observers.")
    [meeting] = f.meetings
    assert meeting.countries == ["Armenia", "Belarus", "Kazakhstan"]
    assert "International Organization for Migration" not in meeting.agencies


def test_talks_that_prepared_a_meeting_planned_elsewhere_are_held_where_they_were_and_it_is_planned() -> None:
    f = facts_of("date 2021-05-20\nOn the sidelines of the forum in Kazan, the Deputy Minister of Internal Affairs "
                 "of the Russian Federation Igor Zotov held talks with the Vice Minister of Public Security of the "
                 "People's Republic of China Wang Lei, during which the parties discussed the preparation of the "
                 "meeting of the Russian-Chinese working group on drug control, which is planned to be held in "
                 "Harbin in September.")
    assert [(m.status, m.place, m.participants, m.countries) for m in f.meetings] == [
        ("held", "Kazan", ["Igor Zotov", "Wang Lei"], ["Russia", "China"]),
        ("planned", "Harbin", [], ["Russia", "China"])]


def test_along_with_the_hosts_and_in_the_course_of_the_session_speak_of_the_meeting_just_reported() -> None:
    f = facts_of("date 2022-10-14\nOn October 12-13, Riga hosted a meeting of the Baltic Sea Task Force on Organized "
                 "Crime. Along with the Latvian hosts, the meeting was attended by the representatives of Estonia, "
                 "Lithuania and Poland, as well as of Europol. The Russian side was represented by the Deputy Chief "
                 "of the National Central Bureau of Interpol of the MIA of Russia Oleg Titov. In the course of the "
                 "session, which was opened by the Chief of the State Police of Latvia Armands Ruks, the experts "
                 "discussed drug trafficking.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.place, meeting.participants, meeting.topics) == (
        date(2022, 10, 12), "Riga", ["Oleg Titov", "Armands Ruks"], ["drug-trafficking"])
    assert {"Estonia", "Lithuania", "Poland", "Russia"} <= set(meeting.countries)


def test_a_session_that_ended_today_spans_the_days_it_was_held_and_the_same_day_is_today() -> None:
    f = facts_of("date 2023-12-01\nToday, in Vienna, the session of the Interpol General Assembly, held from 28 "
                 "November to 1 December with the participation of 170 member countries, completed its work. On the "
                 "same day, on the margins of the session, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Dmitry Kolesov held talks with the Director of the Federal Police of Brazil Renata "
                 "Aguiar.")
    assert [(m.start, m.end) for m in f.meetings] == [(date(2023, 11, 28), date(2023, 12, 1)),
                                                      (date(2023, 12, 1), None)]


@pytest.mark.parametrize(("text", "place"), [
    ("The next session of the Interpol General Assembly will be held in November 2024 in Falkirk.", "Falkirk"),
    ("The next Conference is planned to be held in the autumn of 2025 in Vratsa.", "Vratsa"),
    ("The next session of the Interpol General Assembly will take place in Falkirk (United Kingdom).", "Falkirk"),
    ("The next seminar will be held at the academy in Jiamusi (Heilongjiang Province, People's Republic of China).",
     "Jiamusi"),
    # a non-capital city of the reference data
    ("On October 16, in Brisbane, the Police Attache Ivan Orlov met with the Commissioner of the Australian Federal "
     "Police Jane Miller.", "Brisbane"),
    # the town on a lake, not the lake
    ("On May 15, the resort town of Cholpon-Ata on the shore of Lake Issyk-Kul hosted a meeting of the Council of "
     "Ministers of Internal Affairs.", "Cholpon-Ata"),
])
def test_the_venue_of_a_single_meeting(text: str, place: str) -> None:
    """Cities the reference data lacks (after a time, before their state in brackets) and cities it knows."""
    [meeting] = facts_of("date 2023-12-01\n" + text).meetings
    assert meeting.place == place


def test_the_conference_with_a_capital_letter_is_the_one_just_reported() -> None:
    f = facts_of("date 2021-11-19\nOn 17-18 November, Novi Sad hosted the annual Conference of the Heads of Police "
                 "of the Danube Region. Along with the host party, the Conference was attended by the heads of the "
                 "police services of Austria, Bulgaria and Croatia, as well as by representatives of Europol. The "
                 "Conference was opened by the Director of "
                 "Police of the Ministry of the Interior of the Republic of Serbia, Nenad Vasiljevic.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.participants) == (date(2021, 11, 17), ["Nenad Vasiljevic"])
    assert {"Austria", "Bulgaria", "Croatia"} <= set(meeting.countries)


@pytest.mark.parametrize(("text", "place"), [
    ("On 12-13 October, Moscow hosted a meeting of the Council of Ministers of Internal Affairs of the CIS Member "
     "States; the delegation of Azerbaijan joined the meeting via videoconference.", "Moscow"),
    ("On 12 October, the Council of Ministers of Internal Affairs of the CIS Member States held a meeting in Moscow "
     "via videoconference.", None),
    ("On 12 October, the Minister of Internal Affairs of the Republic of Belarus Ivan Kubrakov held a meeting with "
     "the Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov. The meeting took place in Minsk; "
     "the delegation of Armenia joined it via videoconference.", "Minsk"),  # the venue told after the meeting
])
def test_one_party_joining_by_video_leaves_the_venue_but_a_meeting_by_video_has_none(text: str,
                                                                                     place: str | None) -> None:
    [meeting] = facts_of("date 2022-10-14\n" + text).meetings
    assert meeting.place == place


def test_a_delegate_of_a_body_is_a_person_and_not_part_of_the_body_name() -> None:
    f = facts_of("The invitation was conveyed by the delegate of the Federal Police of Brazil Marcos Teles Vianna.")
    assert list(f.persons) == ["Marcos Teles Vianna"]
    assert f.persons["Marcos Teles Vianna"].agency == "Federal Police of Brazil"
    assert list(f.agencies) == ["Federal Police of Brazil"]


def test_the_next_conference_after_a_talk_on_its_sidelines_follows_up_the_conference() -> None:
    f = facts_of("date 2018-05-18\nFrom 15 to 17 May, Ljubljana hosted the Interpol European Regional Conference. On "
                 "16 May, on the sidelines of the conference, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Roman Avdeyev met with the Director General of the Police of the Republic of Slovenia "
                 "Tomaz Kranjc. The next European Regional Conference will be held in 2019 in Croatia.")
    planned = f.meetings[-1]
    assert (planned.status, planned.agencies, planned.countries) == (
        "planned", ["International Criminal Police Organization"], ["Croatia"])


def test_a_planned_meeting_quoted_from_a_spokesperson_follows_up_the_meeting_not_her_ministry() -> None:
    f = facts_of('date 2023-06-23\nA joint meeting of the boards of the Ministry of Internal Affairs of the Russian '
                 'Federation and the Ministry of Internal Affairs of the Republic of Belarus took place in Smolensk on '
                 'Wednesday. "The next joint board meeting will be held in 2024 in the Republic of Belarus," the '
                 'official representative of the MIA of Russia Irina Volkova said.')
    planned = f.meetings[-1]
    assert planned.status == "planned"
    assert set(planned.agencies) == {"Ministry of Internal Affairs of the Russian Federation",
                                     "Ministry of Internal Affairs of the Republic of Belarus"}


def test_the_next_meeting_in_a_city_state_is_of_both_parties() -> None:
    f = facts_of("date 2023-09-02\nOn September 1, the Minister of Internal Affairs of the Russian Federation Denis "
                 "Orlov held talks in Moscow with the Minister of Home Affairs of the Republic of Singapore Wei Ling "
                 "Tan. The parties agreed that the next meeting will be held in Singapore in April 2024.")
    planned = f.meetings[-1]
    assert (planned.status, planned.place) == ("planned", "Singapore")
    assert set(planned.countries) == {"Russia", "Singapore"}


def test_a_chairmanship_in_the_bodies_of_a_union() -> None:
    f = facts_of("date 2024-04-26\nThe meeting was held within the chairmanship of the Republic of Armenia in the "
                 "bodies of the Eurasian Economic Union this year. From 1 January 2025 the chairmanship in the "
                 "bodies of the Union will pass to the Republic of Belarus.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Armenia", "Eurasian Economic Union", date(2024, 1, 1), date(2024, 12, 31)),
        ("Belarus", "Eurasian Economic Union", date(2025, 1, 1), None)}


def test_talked_with_its_chief_where_a_visit_took_him_is_a_meeting_of_its_own() -> None:
    f = facts_of("date 2018-09-21\nFirst Deputy Minister of Internal Affairs of the Russian Federation Igor Zubarev "
                 "held talks in Baku with the Minister of Internal Affairs of the Republic of Azerbaijan Elchin "
                 "Mammadov on September 20. On the same day, Igor Zubarev visited the Police Academy of the Ministry "
                 "of Internal Affairs of the Republic of Azerbaijan, where he talked with its Chief, Major General of "
                 "Police Rauf Aliyev, about joint training programs.")
    assert [m.participants for m in f.meetings] == [["Igor Zubarev", "Elchin Mammadov"],
                                                    ["Igor Zubarev", "Rauf Aliyev"]]


def test_talks_held_before_a_signing_take_its_day_and_city_across_a_sentence_without_them() -> None:
    f = facts_of("date 2019-03-28\nOn 27 March 2019, in Tashkent, the Memorandum of Understanding between the "
                 "Ministry of Internal Affairs of the Russian Federation and the Ministry of Internal Affairs of the "
                 "Republic of Uzbekistan was signed. The document was signed by the heads of the two migration "
                 "services. Before the signing, bilateral talks were held, in the course of which illegal migration "
                 "was discussed.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.place, meeting.topics) == (date(2019, 3, 27), "Tashkent", ["illegal-migration"])


def test_a_session_that_is_taking_place_is_held() -> None:
    f = facts_of("date 2019-03-18\nThe 62nd session of the Commission on Narcotic Drugs is taking place in Vienna "
                 "from 14 to 22 March. The delegation of the Ministry of Internal Affairs of the Russian Federation at "
                 "the session is headed by the Deputy Minister of Internal Affairs of the Russian Federation Dmitry "
                 "Rusakov.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.start, meeting.end, meeting.place, meeting.participants) == (
        "held", date(2019, 3, 14), date(2019, 3, 22), "Vienna", ["Dmitry Rusakov"])


def test_the_day_before_a_dated_session_and_a_talk_on_its_sidelines_told_after_it() -> None:
    f = facts_of("date 2022-09-16\nOn 15 September, Bishkek hosted a regular meeting of the Council of Ministers of "
                 "Internal Affairs of the CIS Member States. The Russian delegation was headed by the Minister of "
                 "Internal Affairs of the Russian Federation Arkady Velichko. The day before, Arkady Velichko held "
                 "bilateral talks in Bishkek with the Minister of Internal Affairs of the Kyrgyz Republic Ulan "
                 "Toktosunov. On the sidelines of the session, Arkady Velichko also met with the Minister of Internal "
                 "Affairs of the Republic of Tajikistan Ramazon Rahimzoda.")
    assert [(m.start, m.participants[-1]) for m in f.meetings] == [
        (date(2022, 9, 15), "Arkady Velichko"), (date(2022, 9, 14), "Ulan Toktosunov"),
        (date(2022, 9, 15), "Ramazon Rahimzoda")]


def test_a_dated_visit_to_a_body_whose_head_shows_the_guests_round_is_a_meeting() -> None:
    f = facts_of("date 2019-12-06\nOn 3 December, in New Delhi, the Deputy Minister of Internal Affairs of the "
                 "Russian Federation Yuri Samsonov met with the Director General of the Narcotics Control Bureau of "
                 "India Pradeep Nair. On 4 December, the delegation travelled to Nagpur, where it visited the "
                 "National Police Academy of India. The Director of the Academy, Arvind Sethi, showed the guests its "
                 "training facilities.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2019, 12, 3), "New Delhi", ["Yuri Samsonov", "Pradeep Nair"]),
        (date(2019, 12, 4), "Nagpur", ["Yuri Samsonov", "Arvind Sethi"])]


def test_the_town_of_a_city_the_reference_data_lacks_and_an_interdistrict_unit_named_as_no_person() -> None:
    f = facts_of("date 2019-06-07\nOn 5-6 June, the town of Zakamensk hosted a working meeting of the leadership of "
                 "the Ministry of Internal Affairs for the Republic of Buryatia and the Police Department of Selenge "
                 "Aimag of Mongolia. The Head of the Orlik Interdistrict Department of the MIA of Russia, Police "
                 "Colonel Bato Tsybikov, took part in the meeting.")
    [meeting] = f.meetings
    assert meeting.place == "Zakamensk"
    assert list(f.persons) == ["Bato Tsybikov"]


def test_a_body_named_after_a_person_keeps_that_in_its_name() -> None:
    f = facts_of("A delegation of the Aktobe Law Institute of the MIA of the Republic of Kazakhstan named after "
                 "M. Bukenbayev also took part in the seminar.")
    assert "Aktobe Law Institute of the MIA of the Republic of Kazakhstan named after M. Bukenbayev" in f.agencies
    assert not f.persons


@pytest.mark.parametrize(("text", "person"), [
    # region and unit words: "Khovd Aimag" is no one
    ("On 7 October, a joint seminar on road traffic safety was held at the Khovd Aimag Police Department. It was "
     "conducted by the Head of the Traffic Police Division of the Police Department of Khovd Aimag Bat-Erdene Sukh.",
     "Bat-Erdene Sukh"),
    # the name a body is named after is part of the body's name
    ("Yesterday, the Omsk Academy of the MIA of Russia received a delegation of the Academy of the Ministry of "
     "Internal Affairs of the Kyrgyz Republic named after Major General of Militia B.K. Osmonov, headed by its Deputy "
     "Head, Colonel of Militia Nurlan Abdrakhmanov.", "Nurlan Abdrakhmanov"),
    ("He handed over a letter of gratitude addressed to the Head of the Missing Persons Division of the Federal "
     "Police, Commissioner Inspector Tomas Aguirre.", "Tomas Aguirre"),
])
def test_capitalised_words_before_a_titled_name_that_are_no_person(text: str, person: str) -> None:
    assert list(facts_of(text).persons) == [person]


def test_on_the_part_of_a_body_the_consultations_were_attended_by_speaks_of_the_consultations_reported() -> None:
    f = facts_of("date 2016-03-05\nOn 3 March, a delegation of the Ministry of Internal Affairs of the Russian "
                 "Federation headed by the Deputy Minister of Internal Affairs of the Russian Federation Oleg Tarasov "
                 "held consultations at the headquarters of Europol in The Hague. On the part of Europol, the "
                 "consultations were attended by Deputy Director Jens Holm and experts of the European Cybercrime "
                 "Centre (EC3).")
    [meeting] = f.meetings
    assert (meeting.start, meeting.participants) == (date(2016, 3, 3), ["Oleg Tarasov", "Jens Holm"])


def test_a_course_a_body_opened_is_held_and_lasts_until_the_day_told() -> None:
    f = facts_of("date 2022-03-16\nOn 14 March, the Training Center of the Ministry of Internal Affairs of the "
                 "Russian Federation in Managua opened a new training course on countering drug trafficking for "
                 "officers of Honduras and Guatemala. The course will last until 25 March. Practical classes will be "
                 "held at the port of Corinto.")
    [course] = f.meetings
    assert (course.status, course.start, course.end) == ("held", date(2022, 3, 14), date(2022, 3, 25))
    assert {"Honduras", "Guatemala"} <= set(course.countries)


def test_instructors_who_would_travel_somewhere_to_hold_a_seminar_are_a_planned_meeting() -> None:
    f = facts_of("date 2015-06-10\nToday, the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov received the Inspector General of the Police of Mozambique Jorge Khalau. It was agreed that "
                 "instructors of the Volgograd Academy of the MIA of Russia would travel to Maputo on 14-18 "
                 "September to hold a seminar on countering drug trafficking.")
    reception, seminar = f.meetings
    assert reception.participants == ["Ivan Orlov", "Jorge Khalau"]  # "received the Inspector General ..."
    assert (seminar.status, seminar.place, seminar.start, seminar.end) == (
        "planned", "Maputo", date(2015, 9, 14), date(2015, 9, 18))


def test_without_a_date_line_the_days_of_a_visit_take_the_year_told_before() -> None:
    f = facts_of("From 10 to 12 April 2016, a delegation of the National Police of Peru headed by General Luis "
                 "Salazar was in Moscow on a working visit.\nOn April 10, the guests were received at the "
                 "Department of International Cooperation of the MIA of Russia by its Chief Ivan Orlov.\nOn April "
                 "11, the delegation held a meeting with the Chief of the National Central Bureau of Interpol of the "
                 "MIA of Russia Oleg Frolov.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2016, 4, 10), "Moscow"), (date(2016, 4, 11), "Moscow")]


def test_the_guests_of_a_visit_take_part_in_each_meeting_that_refers_to_them() -> None:
    f = facts_of("date 2016-04-14\nFrom 11 to 13 April, a delegation of the National Police of Peru headed by "
                 "General Luis Salazar was in Moscow on a working visit.\nOn April 11, the guests were received by "
                 "the Chief of the Department of International Cooperation of the MIA of Russia Ivan Orlov.\nOn April "
                 "12, the Chief of the National Central Bureau of Interpol of the MIA of Russia Oleg Frolov met with "
                 "the Peruvian police officers.\nOn April 13, Oleg Frolov gave an interview to Izvestia.")
    first, second = f.meetings
    for meeting in (first, second):
        assert "Luis Salazar" in meeting.participants and "Peru" in meeting.countries
        assert "National Police of Peru" in meeting.agencies


def test_the_last_day_of_a_visit_told_with_its_days_is_its_last_day() -> None:
    f = facts_of("date 2019-07-06\nFrom July 2 to 4, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov was in the Republic of Indonesia on a working visit.\nOn July 2, in Jakarta, "
                 "Ivan Orlov held talks with the Chief of the Indonesian National Police Budi Wirawan.\nOn the last "
                 "day of the visit, the Russian delegation travelled to Bandung, where it visited the Police Academy "
                 "of Indonesia. Its Governor Agus Setiawan presented the Academy's courses.")
    talks, academy = f.meetings
    assert talks.start == date(2019, 7, 2)
    assert (academy.start, academy.place) == (date(2019, 7, 4), "Bandung")
    assert "Agus Setiawan" in academy.participants


def test_the_days_told_of_an_event_just_announced_are_its_days() -> None:
    f = facts_of("date 2022-05-25\nThe Minister said that a group of officers of the National Police of Chile would "
                 "take part in a seminar on countering cybercrime at the Volgograd Academy of the MIA of Russia. The "
                 "seminar will be held from September 5 to September 9.")
    [seminar] = f.meetings
    assert (seminar.status, seminar.start, seminar.end) == ("planned", date(2022, 9, 5), date(2022, 9, 9))
    assert "National Police of the Republic of Chile" in seminar.agencies


def test_a_body_visited_the_same_day_as_a_reception_is_a_meeting_of_its_own() -> None:
    f = facts_of("date 2023-03-17\nOn March 16, in Belgrade, Mr Ivan Orlov was received at the Republic Public "
                 "Prosecutor's Office by Republic Public Prosecutor Zorana Petrovic. They discussed extradition.\nThe "
                 "same day, the Russian Minister visited the University of Criminal Investigation and Police Studies "
                 "in Belgrade. Its Rector, Professor Ana Markovic, presented the University's courses.")
    reception, university = f.meetings
    assert "Ana Markovic" not in reception.participants
    assert (university.start, university.place) == (date(2023, 3, 16), "Belgrade")
    assert "University of Criminal Investigation and Police Studies" in university.agencies


def test_a_later_stage_of_a_visit_in_another_city_is_not_told_of_the_meeting_before() -> None:
    f = facts_of("date 2015-11-13\nA delegation of the Police of Chile visited Moscow and Kazan on 9-12 November.\n"
                 "On November 10, in Moscow, the guests held talks with the Chief of the Main Directorate for Drugs "
                 "Control of the MIA of Russia Oleg Frolov.\nOn November 11-12, the Chilean police officers were in "
                 "Kazan, where the Head of the Kazan Law Institute of the MIA of Russia Ivan Sergeev presented the "
                 "Institute's courses.\nOn November 12, the guests met with the Minister of Internal Affairs for the "
                 "Republic of Tatarstan Artem Khokhorin.")
    talks, tatarstan = f.meetings
    assert "Ivan Sergeev" not in talks.participants
    assert (tatarstan.start, tatarstan.place) == (date(2015, 11, 12), "Kazan")


def test_the_office_of_a_post_is_a_body_and_the_post_alone_is_a_title() -> None:
    f = facts_of("The delegation was received at the Prosecutor General's Office of Mongolia. The talks were attended "
                 "by the Prosecutor General of Kenya John Mwangi.")
    assert list(f.agencies) == ["Prosecutor General's Office of Mongolia"]


def test_foreign_guests_who_worked_at_a_body_on_dated_days_met_its_heads_without_the_host_official() -> None:
    f = facts_of("date 2013-10-18\nFrom 14 to 17 October, a delegation of the Australian Federal Police headed by "
                 "Deputy Commissioner Jane Miller was on a working visit to Russia.\nOn October 14, in Moscow, the "
                 "Chief of the Department of International Cooperation of the MIA of Russia Ivan Orlov received the "
                 "Australian delegation.\nOn October 16-17, the Australian police officers worked in Kazan at the "
                 "Ministry of Internal Affairs for the Republic of Tatarstan. Its First Deputy Minister Oleg Frolov "
                 "told the guests about the security of the Universiade.")
    reception, kazan = f.meetings
    assert (kazan.start, kazan.end, kazan.place) == (date(2013, 10, 16), date(2013, 10, 17), "Kazan")
    assert "Oleg Frolov" in kazan.participants and "Ivan Orlov" not in kazan.participants
    assert "Oleg Frolov" not in reception.participants


def test_a_presidency_taken_over_on_a_day_does_not_date_the_summit_the_holder_will_host() -> None:
    f = facts_of("date 2013-10-18\nAustralia will take over the presidency of the Group of Twenty on December 1 and "
                 "will host the G20 Leaders' Summit in November 2014. The guests studied the security of the G20 "
                 "summit hosted by Russia in Saint Petersburg on September 5-6 this year.")
    planned = [m for m in f.meetings if m.status == "planned"]
    held = [m for m in f.meetings if m.status == "held"]
    assert [m.start for m in planned] == [None]
    assert [(m.start, m.place) for m in held] == [(date(2013, 9, 5), "Saint Petersburg")]


def test_the_visiting_minister_named_by_his_state_takes_part_in_the_talks_of_his_visit() -> None:
    f = facts_of("date 2019-12-05\nFrom 2 to 4 December, the Minister of Interior of the Kingdom of Bahrain Faisal "
                 "Al Khalifa paid an official visit to the Russian Federation.\nOn December 2, in Moscow, the Bahraini "
                 "Minister held talks with the Minister of Internal Affairs of the Russian Federation Ivan Orlov.")
    [talks] = f.meetings
    assert talks.participants == ["Ivan Orlov", "Faisal Al Khalifa"]
    assert "Bahrain" in talks.countries


@pytest.mark.parametrize(("text", "chairs"), [
    ("The Republic of Finland has taken over the chairmanship of the Baltic Sea Task Force on Organized Crime for "
     "the period from 1 January 2020 to 31 December 2021 from the Federal Republic of Germany, which chaired it in "
     "2018-2019.",
     {"Finland": (date(2020, 1, 1), date(2021, 12, 31)), "Germany": (date(2018, 1, 1), date(2019, 12, 31))}),
    ("In 2024, the Russian Federation holds the chairmanship of BRICS, having taken it over from the Republic of "
     "South Africa, which chaired the association in 2023.",
     {"Russia": (date(2024, 1, 1), date(2024, 12, 31)), "South Africa": (date(2023, 1, 1), date(2023, 12, 31))}),
    ("The session was the first since the Kingdom of Morocco, having taken over from the Republic of Tunisia, which "
     "had presided over the Council of Arab Interior Ministers from 2019 to 2021, assumed the chairmanship in the "
     "Council for the period 2022–2024.",
     {"Morocco": (date(2022, 1, 1), date(2024, 12, 31)), "Tunisia": (date(2019, 1, 1), date(2021, 12, 31))}),
])
def test_a_chair_taken_over_from_a_holder_that_chaired_it_before_gives_each_its_own_term(
        text: str, chairs: dict[str, tuple[date, date]]) -> None:
    f = facts_of("date 2024-02-10\n" + text)
    assert {c.holder: (c.start, c.end) for c in f.chairmanships} == chairs


def test_without_a_date_line_a_day_recalled_as_a_chair_s_start_is_no_anchor_for_the_year() -> None:
    f = facts_of("On 14-15 May 2024, Astana hosted a meeting of the Council, held as part of the chairmanship of "
                 "Kazakhstan, which has presided over the SCO since July 4, 2023.\nOn July 3, the Minister of "
                 "Internal Affairs of the Russian Federation Ivan Orlov held talks in Astana with the Minister of "
                 "Internal Affairs of the Republic of Kazakhstan Yerlan Sadykov.")
    assert [m.start for m in f.meetings] == [date(2024, 5, 14), date(2024, 7, 3)]


def test_a_police_headquarters_named_after_its_seat_keeps_the_city_which_is_no_venue() -> None:
    f = facts_of("date 2016-06-09\nOn June 7, the Chief of the Directorate of the MIA of Russia for the Kaliningrad "
                 "Region Ivan Orlov met with the Commander of the Voivodeship Police Headquarters in Olsztyn Jan Nowak "
                 "at the Bagrationovsk checkpoint.")
    [meeting] = f.meetings
    assert "Voivodeship Police Headquarters in Olsztyn" in meeting.agencies
    assert meeting.participants == ["Ivan Orlov", "Jan Nowak"] and meeting.place is None


def test_a_convention_is_an_event_and_talks_during_a_break_in_it_are_a_meeting_of_their_own() -> None:
    f = facts_of("On 18-19 September 2013, a delegation of the Ministry of Internal Affairs of the Russian Federation "
                 "took part in the European Police Chiefs Convention held at the headquarters of Europol in The Hague. "
                 "During a break in the Convention, the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Commissioner of the National Police of Spain Jose Garcia.")
    convention, talks = f.meetings
    assert (convention.start, convention.end, convention.place) == (date(2013, 9, 18), date(2013, 9, 19),
                                                                    "The Hague")
    assert talks.participants == ["Ivan Orlov", "Jose Garcia"] and "Jose Garcia" not in convention.participants


def test_officers_who_will_take_a_course_at_an_academy_named_after_its_city_are_a_planned_meeting_there() -> None:
    f = facts_of("date 2025-04-16\nToday in Moscow, Ivan Orlov met with the Minister of the Interior of the Republic "
                 "of Mozambique Jose Cossa. From September 8 to 26, twenty-five officers of the Police of the "
                 "Republic of Mozambique will take an advanced training course at the Volgograd Academy of the MIA "
                 "of Russia.")
    talks, course = f.meetings
    assert talks.place == "Moscow"
    assert (course.status, course.start, course.end, course.place) == (
        "planned", date(2025, 9, 8), date(2025, 9, 26), "Volgograd")


def test_the_cmia_is_the_cis_council_of_ministers_of_internal_affairs() -> None:
    f = facts_of("date 2011-09-16\nOn 15-16 September, Cholpon-Ata hosted a meeting of the Council of Ministers of "
                 "Internal Affairs of the Commonwealth of Independent States. On the first day of the meeting the "
                 "chairmanship in the CMIA passed from the Republic of Belarus to the Kyrgyz Republic.")
    chairs = {c.holder: (c.body, c.start, c.end) for c in f.chairmanships}
    body = "Council of Ministers of Internal Affairs of the CIS Member States"
    assert chairs == {"Belarus": (body, None, date(2011, 9, 15)), "Kyrgyzstan": (body, date(2011, 9, 15), None)}


def test_a_side_event_a_ministry_organized_is_a_meeting_of_its_day() -> None:
    f = facts_of("date 2020-03-07\nThe session of the Commission on Narcotic Drugs was held in Vienna from 2 to 6 "
                 "March. On 4 March, the MIA of Russia, together with UNODC, organized a side event on drug sales "
                 "on the Internet. The Director of the Division for Treaty Affairs of UNODC Anna Berg took part in it.")
    session, side_event = f.meetings
    assert "Anna Berg" not in session.participants
    assert (side_event.start, side_event.place, side_event.participants) == (date(2020, 3, 4), "Vienna",
                                                                             ["Anna Berg"])


def test_arriving_in_another_city_on_another_day_is_no_venue_of_the_meeting_before() -> None:
    f = facts_of("From 9 to 13 September 2013, a delegation of the Ministry of Internal Affairs of the Russian "
                 "Federation headed by Ivan Orlov visited Argentina and Brazil.\nOn 10 September, in Buenos Aires, "
                 "Ivan Orlov held talks with the Minister of Security of the Argentine Republic Ana Ruiz.\nThe next "
                 "day, experts of the delegation visited the Division of Technological Crimes of the Argentine "
                 "Federal Police.\nOn 12 September, the delegation arrived in Brasilia. There, Ivan Orlov met with the "
                 "Director-General of the Federal Police of Brazil Pedro Lima.")
    assert [(m.start, m.place) for m in f.meetings] == [
        (date(2013, 9, 10), "Buenos Aires"), (date(2013, 9, 11), "Buenos Aires"), (date(2013, 9, 12), "Brasília")]


@pytest.mark.parametrize(("closing", "planned_place"), [
    ("The Ministers agreed to continue the dialogue in Moscow in 2012.", "Moscow"),
    ("The Ministers agreed to continue the dialogue in the field of migration.", None),
])
def test_agreeing_to_continue_the_dialogue_somewhere_is_a_planned_meeting(closing: str,
                                                                          planned_place: str | None) -> None:
    f = facts_of("date 2011-11-20\nToday in Paris, Ivan Orlov met with the Minister of the Interior of France "
                 "Claude Gueant. " + closing)
    assert [m.place for m in f.meetings if m.status == "planned"] == ([planned_place] if planned_place else [])


@pytest.mark.parametrize("police", ["Hokkaido Prefectural Police", "Punjab Provincial Police",
                                    "Tokyo Metropolitan Police"])
def test_a_police_named_after_its_prefecture_province_or_city_is_no_person(police: str) -> None:
    f = facts_of(f"A delegation of the {police} of Japan took part in the meeting. The delegation was headed by the "
                 f"Deputy Chief of the {police} Hiroshi Tanabe.")
    assert list(f.persons) == ["Hiroshi Tanabe"]


def test_a_side_event_held_on_a_day_of_a_session_and_bilateral_talks_with_two_ministers() -> None:
    f = facts_of("date 2020-03-07\nThe session of the Commission on Narcotic Drugs was held in Vienna from 2 to 6 "
                 "March. On March 3, the MIA of Russia, together with UNODC, held a side event on drug sales through "
                 "the darknet. On the sidelines of the session, Ivan Orlov held bilateral talks with the Minister of "
                 "Public Security of the People's Republic of China Wang Lei and the Minister of Interior of the "
                 "Islamic Republic of Iran Ali Rezaei. On the same day, the delegation held a number of bilateral "
                 "meetings.")
    session, side_event, china, iran = f.meetings
    assert (side_event.start, side_event.place) == (date(2020, 3, 3), "Vienna")
    assert [china.participants, iran.participants] == [["Ivan Orlov", "Wang Lei"], ["Ivan Orlov", "Ali Rezaei"]]
    assert session.start == date(2020, 3, 2)


def test_a_reception_in_a_named_city_and_a_dated_acquaintance_with_a_body_s_work() -> None:
    f = facts_of("date 2014-07-10\nYesterday, the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov received in Moscow the Ambassador of the Republic of Indonesia to the Russian Federation Budi "
                 "Santoso.\nOn 11 July, the Russian delegation got acquainted with the work of the Anti-Mafia "
                 "Investigative Directorate in Naples. The head of its Naples centre, Colonel Marco Rossi, told the "
                 "guests about the Camorra clans.")
    reception, naples = f.meetings
    assert (reception.start, reception.place, reception.participants) == (
        date(2014, 7, 9), "Moscow", ["Ivan Orlov", "Budi Santoso"])
    assert (naples.start, naples.place) == (date(2014, 7, 11), "Naples")
    assert "Marco Rossi" in naples.participants


def test_the_italian_rank_prefect_is_not_part_of_the_name() -> None:
    f = facts_of("The talks were attended by the Director of the Central Directorate of the Criminal Police of Italy, "
                 "Prefect Paolo Conti.")
    assert list(f.persons) == ["Paolo Conti"]


def test_a_meeting_under_the_presidency_of_a_side_which_presides_in_the_council_in_a_year() -> None:
    f = facts_of("date 2025-04-16\nOn April 15, in Tashkent, the meeting of the Council of Heads of Migration Agencies "
                 "of the CIS Member States took place under the presidency of the Uzbek side, which presides in the "
                 "Council in 2025.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Uzbekistan", date(2025, 1, 1), date(2025, 12, 31))]


def test_a_chair_that_will_pass_after_the_term_of_the_holder_gives_each_its_own_term() -> None:
    f = facts_of("date 2021-05-12\nOn 11-12 May, Sochi hosted a meeting of the BRICS Working Group, held as part of "
                 "India's chairmanship of BRICS, which started on January 1, 2021, and will last until December 31, "
                 "2021, after which, from January 1, 2022, the chairmanship in the association will pass to China.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("India", "BRICS", date(2021, 1, 1), date(2021, 12, 31)), ("China", "BRICS", date(2022, 1, 1), None)}


def test_a_chair_entrusted_to_a_ministry_and_one_held_by_the_ministry_of_the_person_who_chaired() -> None:
    f = facts_of("The session of the Council of Ministers of Internal Affairs of the CIS Member States was chaired by "
                 "the Minister of Internal Affairs of Armenia, Vahe Grigoryan, whose Ministry has presided over the "
                 "Council throughout 2019. The members decided to entrust the chairmanship of the Council for 2020 to "
                 "the Ministry of Internal Affairs of the Republic of Belarus.")
    council = "Council of Ministers of Internal Affairs of the CIS Member States"
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Ministry of Internal Affairs of the Republic of Armenia", council, date(2019, 1, 1), date(2019, 12, 31)),
        ("Ministry of Internal Affairs of the Republic of Belarus", council, date(2020, 1, 1), date(2020, 12, 31))}
    assert not [a for a in f.agencies if " to the " in a]  # not "Council for 2020 to the Ministry of ..."


def test_a_plan_presented_at_a_meeting_is_a_held_meeting() -> None:
    f = facts_of("date 2022-03-17\nYesterday, the Deputy Minister of Internal Affairs of the Russian Federation Oleg "
                 "Rudakov presented the programme at a meeting in Moscow with police attachés of foreign embassies.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.start, meeting.place) == ("held", date(2022, 3, 16), "Moscow")


def test_chairs_held_last_year_and_taken_over_next_year_take_the_years_of_the_date_line() -> None:
    f = facts_of("date 2019-02-04\nLast year, the chairmanship of the SCO was held by the People's Republic of China. "
                 "Next year, Russia will take over the chairmanship of the organization.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("China", date(2018, 1, 1), date(2018, 12, 31)), ("Russia", date(2020, 1, 1), date(2020, 12, 31))}


def test_the_guest_minister_goes_on_to_another_city_today_and_is_received_there_then_visits_a_body() -> None:
    f = facts_of("date 2017-09-14\nYesterday in Moscow, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Minister of the Interior of the Portuguese Republic Ana Ribeiro.\n"
                 "Today the Portuguese Minister continued her visit in Kazan. At the Ministry of Internal Affairs for "
                 "the Republic of Tatarstan she was received by its Head, Police Lieutenant General Rustam Safin. "
                 "Ana Ribeiro then visited the Kazan Law Institute of the MIA of Russia, where she talked with its "
                 "Chief, Police Major General Ildar Gatin.")
    assert [(m.start, m.place, set(m.participants)) for m in f.meetings] == [
        (date(2017, 9, 13), "Moscow", {"Ivan Orlov", "Ana Ribeiro"}),
        (date(2017, 9, 14), "Kazan", {"Rustam Safin", "Ana Ribeiro"}),
        (date(2017, 9, 14), "Kazan", {"Ana Ribeiro", "Ildar Gatin"})]


def test_an_acronym_after_a_long_name_belongs_to_the_body_whose_letter_it_starts_with() -> None:
    f = facts_of("On May 3, Astana hosted a meeting of the Working Group on Drug Control of the Conference on "
                 "Interaction and Confidence-Building Measures in Asia (CICA), held within the Kazakh chairmanship of "
                 "CICA.")
    assert [(c.holder, c.body) for c in f.chairmanships] == [
        ("Kazakhstan", "Conference on Interaction and Confidence Building Measures in Asia")]


def test_a_term_completed_on_a_day_after_which_the_chair_passes_and_a_chair_taken_over_at_a_summit() -> None:
    f = facts_of("The Republic of Tajikistan has presided over the SCO since 1 July 2017. Its chairmanship will be "
                 "completed at the Dushanbe summit on 15 June 2018, after which the presidency will pass to the "
                 "Kyrgyz Republic.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Tajikistan", date(2017, 7, 1), date(2018, 6, 15)), ("Kyrgyzstan", date(2018, 6, 15), None)}
    f = facts_of("The Republic of Armenia took over the chairmanship of the CSTO from the Republic of Belarus at the "
                 "summit held in Minsk on November 8, 2018, and will preside over the organization until the next "
                 "summit.")
    assert ("Armenia", date(2018, 11, 8), None) in {(c.holder, c.start, c.end) for c in f.chairmanships}


def test_sentences_about_the_seminar_just_reported_add_to_it() -> None:
    f = facts_of("date 2015-10-09\nOn 6-8 October, Kazan hosted an international seminar on countering drug "
                 "trafficking. Delegations of Armenia, Belarus and Kyrgyzstan took part in the seminar, as well as "
                 "representatives of the UNODC. The seminar was opened by the Deputy Minister of Internal Affairs of "
                 "the Russian Federation Oleg Rudakov.")
    [seminar] = f.meetings
    assert (seminar.start, seminar.end, seminar.place) == (date(2015, 10, 6), date(2015, 10, 8), "Kazan")
    assert {"Armenia", "Belarus", "Kyrgyzstan"} <= set(seminar.countries)
    assert seminar.participants == ["Oleg Rudakov"]


def test_a_meeting_recalled_as_the_last_one_is_not_the_meeting_reported_nor_on_its_day() -> None:
    f = facts_of("date 2023-04-20\nToday in Moscow, the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Oleg Rudakov met with the Commissioner General of the Royal Thai Police Somchai Wongsa.\n"
                 "Oleg Rudakov recalled that the two officials had last met in October 2022 in Vienna, on the "
                 "sidelines of the session of the Commission on Narcotic Drugs.\n"
                 "The parties discussed the supply of synthetic drugs.\n"
                 "It was agreed that experts of the MIA of Russia would travel to Bangkok in June for consultations.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [
        ("held", date(2023, 4, 20), "Moscow"), ("held", None, "Vienna"), ("planned", None, "Bangkok")]
    today, recalled, _ = f.meetings
    assert today.topics == ["drug-trafficking"] and not recalled.topics
    assert set(recalled.participants) == {"Oleg Rudakov", "Somchai Wongsa"}


def test_talks_that_continued_the_next_day_in_another_city_are_a_meeting_there() -> None:
    f = facts_of("On 14 September 2010, Blagoveshchensk hosted a working meeting of the Administration of Internal "
                 "Affairs for the Amur Region and the Public Security Department of Heilongjiang Province.\n"
                 "On 15 September, the Russian delegation crossed to the city of Heihe, where the talks continued with "
                 "the Chief of the city's police, Sun Yaoting.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2010, 9, 14), "Blagoveshchensk"),
                                                        (date(2010, 9, 15), "Heihe")]


@pytest.mark.parametrize(("text", "name"), [
    ("Ivan Orlov met the Deputy Minister of Interior of the Republic of Iraq, Lieutenant General Abdul-Karim "
     "al-Hashimi.", "Abdul-Karim al-Hashimi"),
    ("Ivan Orlov met with the police liaison officer at the Embassy of the Kingdom of Belgium in Moscow, Pieter "
     "Claes.", "Pieter Claes"),
    ("The course ended. Marta Lindgren, programme officer of the United Nations Office on Drugs and Crime, addressed "
     "the graduates.", "Marta Lindgren"),
    ("On behalf of the graduates, Sub-Inspector Carlos Alberto Mena of the National Police of Honduras thanked the "
     "instructors.", "Carlos Alberto Mena"),
])
def test_names_with_a_lower_case_article_and_after_lower_case_titles_or_a_hyphenated_rank(text: str, name: str) -> None:
    assert name in facts_of(text).persons


def test_a_course_that_ran_for_days_ended_today_with_its_students_from_several_states() -> None:
    f = facts_of("date 2018-11-30\nToday, a graduation ceremony took place at the training centre in Managua for the "
                 "participants of the course on drug control, which ran from November 19 to November 30. The course "
                 "was completed by officers of the National Police of Nicaragua and the National Civil Police of "
                 "Guatemala.")
    [course] = f.meetings
    assert (course.status, course.start, course.end, course.place) == (
        "held", date(2018, 11, 19), date(2018, 11, 30), "Managua")
    assert {"Nicaragua", "Guatemala"} <= set(course.countries)


def test_on_a_weekday_the_visiting_delegation_visits_a_body_without_its_host() -> None:
    f = facts_of("date 2021-10-15\nA delegation of the National Police of Colombia headed by its Deputy Director, "
                 "General Andrés Pineda, paid a working visit to Kazan on October 13-14.\n"
                 "On Wednesday, the guests were received by the Minister of Internal Affairs for the Republic of "
                 "Tatarstan, Police Lieutenant General Artyom Khokhorin.\n"
                 "On Thursday, the delegation visited the Kazan Law Institute of the MIA of Russia, where its Chief, "
                 "Police Major General Ildar Gatin, showed the guests the training grounds.")
    assert [(m.start, set(m.participants)) for m in f.meetings] == [
        (date(2021, 10, 13), {"Andrés Pineda", "Artyom Khokhorin"}),
        (date(2021, 10, 14), {"Andrés Pineda", "Ildar Gatin"})]


@pytest.mark.parametrize(("text", "chairs"), [
    ("date 2013-05-20\nThe session was held under the Presidency of Ireland, which chairs the Council of the "
     "European Union in the first half of 2013. The Minister of Justice of Lithuania, whose country will take over "
     "the Presidency of the Council of the European Union on July 1 for the second half of the year, took part.",
     {("Ireland", date(2013, 1, 1), date(2013, 6, 30)), ("Lithuania", date(2013, 7, 1), date(2013, 12, 31))}),
    ("date 2008-05-12\nGreece holds the BSEC Chairmanship-in-Office for the period from 1 November 2007 to 30 April "
     "2008, and that on 1 May it was taken over by the Republic of Moldova.",
     {("Greece", date(2007, 11, 1), date(2008, 4, 30)), ("Moldova", date(2008, 5, 1), None)}),
    ("In 2021, the Council of Ministers of Internal Affairs of the CIS Member States is chaired by the Ministry of "
     "Internal Affairs of the Republic of Belarus. From January 1, 2022, the chairmanship of the Council will pass to "
     "the Ministry of Internal Affairs of the Republic of Kazakhstan, as the Republic of Kazakhstan will chair the CIS "
     "in 2022.",
     {("Ministry of Internal Affairs of the Republic of Belarus", date(2021, 1, 1), date(2021, 12, 31)),
      ("Ministry of Internal Affairs of the Republic of Kazakhstan", date(2022, 1, 1), None),
      ("Kazakhstan", date(2022, 1, 1), date(2022, 12, 31))}),
    ("date 2019-03-01\nThe Minister wished his colleague success in Uzbekistan's chairmanship of the Commonwealth of "
     "Independent States this year. The Russian Federation has chaired the Working Group of the CIS since 1 January "
     "2018 and will continue to do so until the end of 2019.",
     {("Uzbekistan", date(2019, 1, 1), date(2019, 12, 31)), ("Russia", date(2018, 1, 1), date(2019, 12, 31))}),
])
def test_chair_terms_by_half_years_by_a_clause_of_their_own_and_until_the_end_of_a_year(
        text: str, chairs: set[tuple[object, ...]]) -> None:
    assert {(c.holder, c.start, c.end) for c in facts_of(text).chairmanships} == chairs


def test_places_of_planned_and_held_events_the_reference_data_does_not_know() -> None:
    f = facts_of("date 2019-05-15\nYesterday in Ulaanbaatar, the Minister of Internal Affairs for the Republic of "
                 "Buryatia Oleg Sarkisov met with the Head of the National Police Agency of Mongolia Bat Erdene. "
                 "The sides agreed that next Monday experts of the two agencies would meet in Naushki to work out "
                 "the procedure for joint patrols. The next ministerial meeting will be held in the Mongolian town of "
                 "Sukhbaatar in the autumn.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [
        ("held", date(2019, 5, 14), "Ulaanbaatar"), ("planned", date(2019, 5, 20), "Naushki"),
        ("planned", None, "Sukhbaatar")]
    f = facts_of("From 3 to 7 June 2019, the Ufa Law Institute of the MIA of Russia held a training course for "
                 "officers of the police of Tajikistan.")
    assert [m.place for m in f.meetings] == ["Ufa"]


def test_a_meeting_held_at_a_ministry_is_a_meeting_where_the_ministry_is() -> None:
    f = facts_of("On 10-11 April 2013, The Hague hosted consultations between Russia and Europol.\n"
                 "The Russian position was worked out at an interdepartmental meeting held at the MIA of Russia in "
                 "Moscow at the end of March.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2013, 4, 10), "The Hague"), (None, "Moscow")]


def test_a_sentence_recalling_an_earlier_day_in_another_city_does_not_end_the_meeting_reported() -> None:
    f = facts_of("date 2019-06-20\nOn June 18-19, Bishkek hosted a meeting of the Council of Ministers of Internal "
                 "Affairs of the CIS Member States. Kyrgyzstan took over the chairmanship of the Council from "
                 "Tajikistan at the Dushanbe session on September 27, 2018.\nThe meeting was presided over by the "
                 "Minister of Internal Affairs of the Kyrgyz Republic Kashkar Junushaliev.")
    [meeting] = f.meetings
    assert meeting.participants == ["Kashkar Junushaliev"]


def test_a_course_that_has_been_completed_and_a_forum_dated_in_the_next_sentence() -> None:
    f = facts_of("date 2016-07-30\n\"The training course for officers of the police of Central American states, "
                 "conducted at the Training Centre in Managua from 4 to 29 July, has been successfully completed,\" "
                 "the Official Representative of the MIA of Russia informed.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("held", date(2016, 7, 4), date(2016, 7, 29), "Managua")]
    f = facts_of("The 86th session of the Interpol General Assembly has completed its work in Beijing. The forum, "
                 "held from 26 to 29 September 2017, brought together delegates from 158 countries.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2017, 9, 26), date(2017, 9, 29), "Beijing")]


def test_a_chairmanship_named_before_a_meeting_held_by_videoconference() -> None:
    f = facts_of("date 2020-09-10\nYesterday, within the framework of the Russian chairmanship of BRICS, the meeting "
                 "of the BRICS Anti-Drug Working Group was held by videoconference.")
    assert [(c.holder, c.body) for c in f.chairmanships] == [("Russia", "BRICS")]


def test_a_two_word_town_that_hosted_and_a_body_named_after_its_city_being_visited_today() -> None:
    f = facts_of("On 12-13 May 2016, Velikiye Luki hosted a meeting of the Main Directorate of the MIA of Russia for "
                 "the Pskov Region and the police of the Vitebsk Region of Belarus.")
    assert [m.place for m in f.meetings] == ["Velikiye Luki"]
    f = facts_of("date 2014-06-05\nYesterday in Moscow, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov met with the Director of the National Police of Peru Raúl Salazar.\nToday the Peruvian "
                 "delegation is visiting the Saint Petersburg University of the MIA of Russia.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2014, 6, 4), "Moscow"),
                                                        (date(2014, 6, 5), "Saint Petersburg")]


@pytest.mark.parametrize("text", [
    "The medal was awarded to two officers of the Turin Mobile Squad, Chief Inspector Marco Ruggieri and Inspector "
    "Chiara Lombardo.",
    "The delegation included Nurul Huda binti Ismail, Principal Assistant Director of the Special Branch "
    "Counter-Terrorism Division.",
    "The Director of the Cyber Terror Response Center of the Korean National Police Agency also took part.",
])
def test_the_words_of_a_unit_s_name_are_not_a_person(text: str) -> None:
    assert not [name for name in facts_of(text).persons if name.endswith(("Squad", "Terrorism", "Response"))]


def test_guests_arriving_on_a_visit_and_welcomed_by_their_hosts_are_one_held_meeting() -> None:
    f = facts_of("date 2021-03-02\nToday, a delegation of the Police Academy of Mongolia headed by Colonel Bat Erdene "
                 "arrived in Kazan on a five-day visit. The guests were welcomed by the Head of the Kazan Law "
                 "Institute of the MIA of Russia, Police Major General Ilnur Sabirov.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2021, 3, 2), "Kazan", ["Bat Erdene", "Ilnur Sabirov"])]


def test_the_participants_welcomed_by_a_host_stay_in_the_event_being_reported() -> None:
    f = facts_of("date 2021-03-02\nToday, the session of the Council of Ministers of Internal Affairs of the CIS "
                 "Member States was held in Kazan. The participants were welcomed by the Minister of Internal Affairs "
                 "for the Republic of Tatarstan, Police Lieutenant General Timur Zakirov. The Russian delegation, "
                 "which arrived in Kazan on a working visit, included Police Colonel Oleg Vetrov.")
    assert [(m.place, m.participants) for m in f.meetings] == [("Kazan", ["Timur Zakirov", "Oleg Vetrov"])]


def test_a_chair_handed_over_at_the_end_of_this_year_and_the_next_holder_s_term() -> None:
    f = facts_of("date 2018-10-03\nThe experts met in Riga. Estonia, which has chaired the Baltic Sea Task Force on "
                 "Organized Crime since January 1, 2017, will hand it over to Latvia at the end of this year. The "
                 "Latvian chairmanship will cover 2019 and 2020.")
    assert sorted((c.holder, c.start, c.end) for c in f.chairmanships) == [
        ("Estonia", date(2017, 1, 1), date(2018, 12, 31)), ("Latvia", date(2019, 1, 1), date(2020, 12, 31))]


def test_it_handed_over_is_a_chair_only_after_a_holder_that_chaired_a_body() -> None:
    f = facts_of("date 2018-10-03\nThe Council of Ministers of Internal Affairs of the CIS Member States met in "
                 "Minsk. Belarus, whose experts drafted the agreement of the Chairmen, will hand it over to Kazakhstan "
                 "at the end of this year.")
    assert f.chairmanships == []


def test_the_next_chairmanship_will_be_a_state_s() -> None:
    f = facts_of("date 2023-05-17\nThe Council of Ministers of Internal Affairs of the CIS Member States met in "
                 "Minsk. The next chairmanship in the Council will be Tajikistan's.")
    assert [(c.holder, c.body) for c in f.chairmanships] == [
        ("Tajikistan", "Council of Ministers of Internal Affairs of the CIS Member States")]
    f = facts_of("date 2023-05-17\nBelarus has presided over the Council of Ministers of Internal Affairs of the CIS "
                 "Member States in 2023. Under the rotation principle, the next chairmanship will be Tajikistan's.")
    assert [(c.holder, c.start) for c in f.chairmanships] == [("Belarus", date(2023, 1, 1)), ("Tajikistan", None)]


@pytest.mark.parametrize(("phrase", "area"), [
    ("the legalization of criminally obtained proceeds", "money-laundering"),
    ("funds that were later laundered through shell companies", "money-laundering"),
    ("thefts of expensive foreign cars", "vehicle-theft"),
    ("cars that had been stolen in Germany", "vehicle-theft"),
    ("offences committed by means of mobile communications", "cybercrime"),
    ("crimes committed with the use of computer networks", "cybercrime"),
    ("the illicit trade in small arms", "arms-trafficking"),
    ("the spread of radical ideology among students", "extremism"),
    ("foreign citizens who overstay their visas", "illegal-migration"),
    ("foreigners who exceeded the permitted period of stay", "illegal-migration"),
])
def test_a_crime_area_named_with_words_inside_the_phrase(phrase: str, area: str) -> None:
    f = facts_of(f"date 2020-02-11\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 f"Orlov met with the Minister of the Interior of the Republic of Serbia Marko Ilic. The ministers "
                 f"discussed {phrase}.")
    assert area in f.meetings[0].topics


@pytest.mark.parametrize("phrase", [
    "crimes of violence and, above all, IT equipment",  # another clause
    "the theft of documents, and the cars of the embassy",  # the words of two phrases
    "crimes committed by it last year",  # "it", not "IT"
])
def test_the_words_of_a_window_cue_in_other_phrases_cue_nothing(phrase: str) -> None:
    f = facts_of(f"date 2020-02-11\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 f"Orlov met with the Minister of the Interior of the Republic of Serbia Marko Ilic. The ministers "
                 f"discussed {phrase}.")
    assert f.meetings[0].topics == []


def test_two_officials_who_discussed_something_on_the_sidelines_met_there() -> None:
    f = facts_of("date 2022-05-12\nToday, Minsk hosted a meeting of the Council of Ministers of Internal Affairs of "
                 "the CIS Member States. The Minister of Internal Affairs of the Russian Federation Ivan Orlov and the "
                 "Minister of Internal Affairs of the Republic of Armenia Aram Petrosyan took part in it. On the "
                 "sidelines of the meeting, Ivan Orlov and Aram Petrosyan discussed the return of stolen cars.")
    assert [(m.place, m.participants, m.topics) for m in f.meetings] == [
        ("Minsk", ["Ivan Orlov", "Aram Petrosyan"], []),
        ("Minsk", ["Ivan Orlov", "Aram Petrosyan"], ["vehicle-theft"])]


def test_also_met_after_a_sidelines_meeting_is_one_more_sidelines_meeting() -> None:
    f = facts_of("date 2022-05-12\nToday, Minsk hosted a meeting of the Council of Ministers of Internal Affairs of "
                 "the CIS Member States, attended by the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov, the Minister of Internal Affairs of the Republic of Armenia Aram Petrosyan and the "
                 "Minister of Internal Affairs of the Republic of Moldova Ion Rusu. On the sidelines of the meeting, "
                 "Ivan Orlov held talks with Aram Petrosyan. The Deputy Minister also met with Ion Rusu.")
    assert [m.participants for m in f.meetings][1:] == [["Ivan Orlov", "Aram Petrosyan"], ["Ivan Orlov", "Ion Rusu"]]


def test_a_guest_who_is_to_meet_someone_in_another_city_is_a_planned_meeting() -> None:
    f = facts_of("date 2019-06-27\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov held talks with the Minister of Public Security of Laos Somsak Phomma. Tomorrow the guest will "
                 "travel to Kazan, where he is to meet the leadership of the Ministry of Internal Affairs for the "
                 "Republic of Tatarstan.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [
        ("held", date(2019, 6, 27), "Moscow"), ("planned", date(2019, 6, 28), "Kazan")]


@pytest.mark.parametrize("text", [
    "The Head of the Directorate for Combating Cattle Rustling of the National Police, Colonel Ana Sousa, spoke.",
    "The Chief of the Unit for the Protection of Historical Monuments, Major Ion Rusu, spoke.",
])
def test_the_object_in_a_body_s_name_is_not_a_person(text: str) -> None:
    assert not [name for name in facts_of(text).persons if name in ("Cattle Rustling", "Historical Monuments")]


def test_a_turkic_patronymic_is_no_part_of_the_name() -> None:
    f = facts_of("The delegation was headed by the Minister of Internal Affairs of the Republic of Azerbaijan, "
                 "Colonel General Rauf Ali oglu Mammadli. Rauf Mammadli thanked the hosts.")
    assert list(f.persons) == ["Rauf Mammadli"]


def test_there_before_a_name_is_not_part_of_it() -> None:
    f = facts_of("date 2015-04-08\nThe Deputy Minister of Internal Affairs of the Russian Federation Pavel Zorin "
                 "arrived in Hanoi on Monday. On April 7 the delegation flew to Da Nang. There Pavel Zorin met with "
                 "the Director of the Public Security Department of Da Nang, Colonel Tran Van Minh.")
    assert sorted(f.persons) == ["Pavel Zorin", "Tran Van Minh"]


def test_expert_consultations_on_the_days_before_are_a_meeting_of_their_own() -> None:
    f = facts_of("date 2023-03-16\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov held talks with the Minister of the Interior of the Republic of Serbia Marko Ilic. Today's "
                 "talks were preceded by expert consultations held in Moscow on Monday and Tuesday. The Russian "
                 "experts were led by the Chief of the Main Directorate for Drug Control of the MIA of Russia, "
                 "Police Major General Oleg Vetrov.")
    assert [(m.start, m.end, m.participants) for m in f.meetings] == [
        (date(2023, 3, 16), None, ["Ivan Orlov", "Marko Ilic"]),
        (date(2023, 3, 13), date(2023, 3, 14), ["Oleg Vetrov"])]


def test_a_meeting_recalled_as_last_met_or_their_meeting_in_a_city_is_an_earlier_one() -> None:
    f = facts_of("date 2020-04-16\nToday, the Minister of Internal Affairs of the Russian Federation Ivan Orlov and "
                 "the Minister of Internal Affairs of the Republic of Armenia Aram Petrosyan held a meeting by "
                 "videoconference. Ivan Orlov and Aram Petrosyan last met in person in November 2019 in Minsk.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2020, 4, 16), None, ["Ivan Orlov", "Aram Petrosyan"]),
        (None, "Minsk", ["Ivan Orlov", "Aram Petrosyan"])]
    f = facts_of("date 2021-10-15\nOn the sidelines of the session in Baku, the Minister of Internal Affairs of the "
                 "Russian Federation Ivan Orlov held talks with the Minister of Internal Affairs of the Republic of "
                 "Armenia Aram Petrosyan. The interlocutors recalled their meeting in Yerevan in March. Ivan Orlov "
                 "also met with the Minister of Internal Affairs of the Republic of Moldova Ion Rusu.")
    assert [(m.place, m.participants) for m in f.meetings] == [
        ("Baku", ["Ivan Orlov", "Aram Petrosyan"]), ("Yerevan", ["Ivan Orlov", "Aram Petrosyan"]),
        ("Baku", ["Ivan Orlov", "Ion Rusu"])]


def test_an_official_who_discussed_something_with_another_met_him_even_in_a_release_with_a_call() -> None:
    f = facts_of("date 2026-01-20\nThe Council met in Minsk in October 2025. Today in Moscow, the Minister of "
                 "Internal Affairs of the Russian Federation Ivan Orlov discussed the priorities of the Russian "
                 "chairmanship with the Chairman of the CIS Executive Committee, Pavel Lebedev. Yesterday, the "
                 "Minister spoke by telephone with the Minister of Internal Affairs of the Republic of Armenia Aram "
                 "Petrosyan.")
    assert [(m.start, m.place, m.participants[:2]) for m in f.meetings if m.start] == [
        (date(2026, 1, 20), "Moscow", ["Ivan Orlov", "Pavel Lebedev"])]


@pytest.mark.parametrize(("text", "planned"), [
    ("The plan of the chairmanship provides for a meeting of the Council in Kazan on June 2-3.", True),
    ("In April, Moscow will also host a meeting of the heads of the units of the Bureau.", True),
    ("The students will also visit units of the Main Directorate of the MIA of Russia for the Tver Region.", False),
])
def test_a_plan_that_provides_for_a_meeting_and_a_city_that_will_also_host_one(text: str, planned: bool) -> None:
    f = facts_of("date 2026-01-20\n" + text)
    assert [m.status for m in f.meetings] == (["planned"] if planned else [])


def test_it_handed_over_after_a_chair_the_release_spoke_of() -> None:
    f = facts_of("date 2019-02-05\nSince January 1, 2019, the Russian Federation has chaired the Council of the Baltic "
                 "Sea States. The Russian chairmanship will last until June 30, 2019, after which Russia will hand it "
                 "over to Denmark, whose chairmanship will begin on July 1, 2019.")
    assert sorted((c.holder, c.body, c.start, c.end) for c in f.chairmanships) == [
        ("Denmark", "Council of the Baltic Sea States", date(2019, 7, 1), None),
        ("Russia", "Council of the Baltic Sea States", date(2019, 1, 1), date(2019, 6, 30))]


def test_a_known_name_that_begins_a_longer_one_is_not_named_on_its_own() -> None:
    f = facts_of("The Director of the Narcotics Control Bureau of the Ministry of Public Security of the People's "
                 "Republic of China, Wang Lei, took part in the talks.")
    assert "Narcotics Control Bureau of India" not in f.agencies
    assert "Narcotics Control Bureau of the Ministry of Public Security of the People's Republic of China" in f.agencies


def test_bilateral_talks_of_two_participants_of_a_session_are_a_meeting_of_their_own() -> None:
    f = facts_of("On 21-22 May 2019, Minsk hosted a meeting of the Council of Ministers of Internal Affairs of the "
                 "CIS Member States. The First Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov, the Minister of Internal Affairs of the Republic of Armenia Aram Petrosyan and the Minister "
                 "of Internal Affairs of the Republic of Moldova Ion Rusu took part in it. On the second day of the "
                 "meeting, Ivan Orlov held bilateral talks with Aram Petrosyan.")
    assert [m.participants for m in f.meetings] == [["Ivan Orlov", "Aram Petrosyan", "Ion Rusu"],
                                                    ["Ivan Orlov", "Aram Petrosyan"]]


def test_a_city_naming_another_event_in_a_which_clause_is_not_the_venue() -> None:
    f = facts_of("date 2019-05-15\nThe meeting of the Ministers of Internal Affairs of the SCO member states was held "
                 "in Bishkek. It was agreed that the next meeting of the ministers will be held in 2020 in the Russian "
                 "Federation, which will take over the SCO chairmanship after the Bishkek summit in June.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Bishkek"), ("planned", None)]


def test_a_title_right_after_a_body_s_name_is_not_part_of_it() -> None:
    f = facts_of("Yesterday, the Chief of the Department of International Cooperation of the MIA of Russia Oleg Vetrov "
                 "received at the central office of the Ministry the Ambassador Extraordinary and Plenipotentiary of "
                 "the Republic of Chile to the Russian Federation Jorge Vidal. The Directorate for Combating the "
                 "Illegal Use of Information Technologies of the MIA of Russia took part.")
    assert not [name for name in f.agencies if name.startswith("Ministry the")]
    assert [name for name in f.agencies if name.startswith("Directorate for Combating the Illegal Use of Information")]


def test_a_day_devoted_to_a_body_is_a_visit_to_it_on_that_day() -> None:
    f = facts_of("date 2018-10-12\nOn Tuesday, in Ulaanbaatar, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Minister of Justice and Home Affairs of Mongolia Bat "
                 "Erdene. Thursday was devoted to the Law Enforcement University of Mongolia in Ulaanbaatar, whose "
                 "Rector, Colonel Tsetseg Dorj, signed an agreement with the East Siberian Institute of the MIA of "
                 "Russia.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2018, 10, 9), "Ulaanbaatar"),
                                                        (date(2018, 10, 11), "Ulaanbaatar")]


def test_a_visit_that_opened_with_experts_consultations_on_its_first_day() -> None:
    f = facts_of("From 13 to 16 September 2021, the Minister of the Interior of the Republic of Serbia Marko Ilic paid "
                 "an official visit to the Russian Federation at the invitation of the Minister of Internal Affairs of "
                 "the Russian Federation Ivan Orlov. The programme began on 13 September with consultations between "
                 "experts of the two ministries in Moscow. On 14 September, Marko Ilic and Ivan Orlov held talks in "
                 "Moscow.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2021, 9, 13), "Moscow", []), (date(2021, 9, 14), "Moscow", ["Marko Ilic", "Ivan Orlov"])]


def test_a_meeting_prepared_by_experts_who_held_consultations_the_day_before() -> None:
    f = facts_of("date 2020-10-01\nToday in Minsk, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov and the Minister of Internal Affairs of the Republic of Belarus Pavel Lis held talks. The "
                 "meeting was prepared on 29 September, when experts of the two ministries held consultations in "
                 "Minsk under the leadership of the Chief of the Main Directorate for Migration of the MIA of "
                 "Russia, Police Major General Olga Vetrova.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2020, 10, 1), ["Ivan Orlov", "Pavel Lis"]), (date(2020, 9, 29), ["Olga Vetrova"])]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("The talks were held with the Minister of Internal Affairs of the Russian Federation, General of the Army "
     "Ivan Orlov.", "Ivan Orlov", "Minister of Internal Affairs of the Russian Federation"),
    ("The Minister of the Interior, Overseas Territories and Local Authorities of the French Republic Jean Morel "
     "arrived.", "Jean Morel", None),
])
def test_army_ranks_and_a_minister_s_list_of_fields_are_no_part_of_a_name(text: str, name: str,
                                                                          title: str | None) -> None:
    f = facts_of(text)
    assert list(f.persons) == [name]
    if title:
        assert f.persons[name].title == title


def test_an_official_who_took_part_in_the_videoconference_joins_it() -> None:
    f = facts_of("The Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov today held talks via "
                 "videoconference with the Director General of the Federal Police of Brazil, Paulo Souza. The Chief of "
                 "the National Central Bureau of Interpol of the MIA of Russia, Police Major General Oleg Vetrov, who "
                 "took part in the videoconference, proposed to speed up the exchange of data.")
    assert [m.participants for m in f.meetings] == [["Ivan Orlov", "Paulo Souza", "Oleg Vetrov"]]


def test_the_guests_of_a_visit_told_without_its_days_join_the_meetings_that_refer_to_them() -> None:
    f = facts_of("date 2024-04-18\nA delegation of the Ministry of Public Security of Laos headed by Vice-Minister of "
                 "Public Security, Major General Khamla Vong, is on a working visit to Russia. On Tuesday, the Deputy "
                 "Minister of Internal Affairs of the Russian Federation Ivan Orlov received the Lao delegation in "
                 "Moscow. \"We remember the warm reception in Vientiane in 2022,\" the Deputy Minister said, recalling "
                 "the previous round of consultations, held in the Lao capital.")
    assert [(m.place, m.participants) for m in f.meetings] == [
        ("Moscow", ["Ivan Orlov", "Khamla Vong"]), ("Vientiane", [])]


@pytest.mark.parametrize("when", ["on March 3 in Lima", "yesterday"])
def test_a_delegation_received_on_a_day_by_a_host_is_a_held_meeting(when: str) -> None:
    f = facts_of("date 2019-03-04\nA delegation of the Ministry of Internal Affairs of the Russian Federation "
                 "headed by the Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov, which is "
                 f"in Peru on a working visit, was received {when} by the Minister of the Interior of Peru Carlos "
                 "Ramos.")
    assert [(m.status, m.start, m.participants) for m in f.meetings] == [
        ("held", date(2019, 3, 3), ["Ivan Orlov", "Carlos Ramos"])]


def test_events_the_police_will_secure_are_not_planned_meetings() -> None:
    f = facts_of("date 2019-03-04\nOn March 3, in Lima, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Minister of the Interior of Peru Carlos Ramos. Carlos "
                 "Ramos told his guest about ensuring the security of the Pan American Games to be held in Lima in "
                 "July. A seminar on the security of major sporting events will be held in Moscow in May.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Lima"), ("planned", "Moscow")]


def test_an_internship_completed_is_held_on_the_days_the_next_sentence_opens_with() -> None:
    f = facts_of("date 2019-06-20\nTwelve officers of the Royal Police of Bhutan have completed a three-week "
                 "internship at the Volgograd Academy of the MIA of Russia. From 27 May to 14 June 2019, officers of "
                 "the Royal Police of Bhutan and the Nepal Police studied in Volgograd.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("held", date(2019, 5, 27), date(2019, 6, 14), "Volgograd")]
    assert "Nepal" in f.meetings[0].countries


def test_the_days_after_talks_told_without_a_day_are_not_theirs() -> None:
    f = facts_of("date 2019-06-20\nIvan Orlov held talks with the leadership of the police of Peru. On June 17-18, "
                 "the Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov paid a working visit to "
                 "Peru.")
    assert [m.start for m in f.meetings] == [None]


def test_results_discussed_by_videoconference_by_two_officials_are_a_held_meeting() -> None:
    f = facts_of("date 2021-04-08\nThe Chief of the Main Directorate for Drug Control of the MIA of Russia, Police "
                 "Major General Ivan Orlov, took part in the operation. On Tuesday, April 6, the results of the "
                 "operation were discussed by videoconference by Ivan Orlov and the Director of the National Police "
                 "of Peru, General Carlos Ramos. The parties agreed to continue the work at a meeting of experts in "
                 "Lima in June.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2021, 4, 6), None, ["Ivan Orlov", "Carlos Ramos"]), ("planned", None, "Lima", [])]


def test_a_title_s_bare_directorate_is_not_the_foreign_one_named_after_the_person() -> None:
    f = facts_of("On Tuesday, the Chief of the Main Directorate, Police Major General Ivan Orlov, met the Director of "
                 "the Anti-Drug Directorate of the National Police of Peru, General Carlos Ramos.")
    assert f.persons["Ivan Orlov"].agency is None
    assert f.persons["Carlos Ramos"].country == "Peru"


def test_a_course_s_classes_give_its_days_and_a_year_written_in_the_sentence_serves_its_other_day() -> None:
    f = facts_of("A training course on countering drug trafficking has opened at the Volgograd Academy of the MIA of "
                 "Russia. Classes began on 3 March 2025 and will continue until 14 March.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2025, 3, 3), date(2025, 3, 14), "Volgograd")]


@pytest.mark.parametrize("region", ["Europe", "Latin America", "the Middle East", "Southeast Asia"])
def test_a_part_of_the_world_after_a_known_body_is_not_part_of_its_name(region: str) -> None:
    f = facts_of(f"Peru is one of the key partners of the Russian Ministry of Internal Affairs in {region}.")
    assert list(f.agencies) == ["Ministry of Internal Affairs of the Russian Federation"]


def test_a_state_s_police_named_after_its_force_is_that_force() -> None:
    f = facts_of("The session was hosted by the Royal Thai Police. Ivan Orlov held talks with the Commissioner-General "
                 "of Police of Thailand, Somchai Wong.")
    assert list(f.agencies) == ["Royal Thai Police"]
    assert f.persons["Somchai Wong"].agency == "Royal Thai Police"


def test_an_undersecretary_of_state_is_a_title() -> None:
    f = facts_of("The meeting was chaired by Anna Kowal, Undersecretary of State at the Ministry of the Interior and "
                 "Administration of the Republic of Poland.")
    assert f.persons["Anna Kowal"].title == ("Undersecretary of State at the Ministry of the Interior and "
                                             "Administration of the Republic of Poland")


def test_a_plan_providing_for_holding_a_meeting_and_a_conference_announces_both() -> None:
    f = facts_of("date 2016-06-10\nThe Russian side presented the plan of its chairmanship, which provides for "
                 "holding the first meeting of the Council in Kazan on October 11-12, 2016, and an international "
                 "conference on road safety in Sochi in the spring of 2017.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [
        ("planned", date(2016, 10, 11), "Kazan"), ("planned", None, "Sochi")]


def test_a_chairmanship_a_meeting_was_held_under_with_its_term() -> None:
    f = facts_of("date 2016-06-10\nOn June 7-8, Riga hosted a meeting of the Baltic Sea Task Force on Organized "
                 "Crime, the last one under the Latvian chairmanship, which began on July 1, 2015, and will end on "
                 "June 30. The next meeting of the BRICS Anti-Drug Working Group will be held in 2017 under the "
                 "Chinese chairmanship.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Latvia", date(2015, 7, 1), date(2016, 6, 30))]


def test_the_session_an_announced_event_was_decided_at_is_held_and_in_the_past() -> None:
    f = facts_of("date 2012-04-27\nFrom 14 to 16 May, Kazan will host the Interpol European Regional Conference. The "
                 "decision to hold it in Russia was taken at the 80th session of the Interpol General Assembly in "
                 "Hanoi in November last year. Representatives of Europol and Frontex are expected to arrive. The "
                 "conference will be opened by the Minister of Internal Affairs of the Russian Federation, Police "
                 "General Ivan Orlov.")
    assert [(m.status, m.place, m.participants) for m in f.meetings] == [
        ("planned", "Kazan", ["Ivan Orlov"]), ("held", "Hanoi", [])]
    assert "European Union Agency for Law Enforcement Cooperation" in f.meetings[0].agencies


def test_the_named_meeting_organized_by_a_ministry_is_the_one_just_reported() -> None:
    f = facts_of("The meeting of the Working Group on Combating Crime was held in Sochi on 15-16 April 2014. Russia "
                 "chairs the Organization this half-year, and the Working Group meeting was organized by the Ministry "
                 "of Internal Affairs of the Russian Federation.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2014, 4, 15), "Sochi")]
    assert "Ministry of Internal Affairs of the Russian Federation" in f.meetings[0].agencies


@pytest.mark.parametrize("phrase", ["has successfully completed its BRICS chairmanship", "completed its chairmanship "
                                    "of BRICS"])
def test_a_chairmanship_completed_in_a_year_is_that_year_s(phrase: str) -> None:
    f = facts_of(f"date 2021-12-09\nThe participants noted that the Republic of India {phrase} in 2021.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("India", "BRICS", date(2021, 1, 1), date(2021, 12, 31))]


def test_talks_planned_on_the_sidelines_of_an_announced_event_are_where_it_will_be() -> None:
    f = facts_of("date 2017-11-22\nFrom November 28 to 30, Kazan will host the International Conference on Road "
                 "Safety. Yesterday, the organizing committee of the conference held its final meeting in Moscow. On "
                 "November 29, on the sidelines of the conference, the Deputy Minister of Internal Affairs of the "
                 "Russian Federation Ivan Orlov is scheduled to hold talks with the Deputy Minister of Internal "
                 "Affairs of the Republic of Kazakhstan Yerlan Bekov.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [
        ("planned", date(2017, 11, 28), "Kazan"), ("held", date(2017, 11, 21), "Moscow"),
        ("planned", date(2017, 11, 29), "Kazan")]


def test_a_group_that_is_to_hold_its_session_announces_it() -> None:
    f = facts_of("date 2010-06-09\nThe Russian-Peruvian working group on combating drug trafficking is to hold its "
                 "first session in Lima in the autumn.")
    assert [(m.status, m.place) for m in f.meetings] == [("planned", "Lima")]


def test_the_days_of_a_meeting_the_minister_will_chair_are_the_meeting_s() -> None:
    f = facts_of("date 2026-02-17\nThe regular meeting of the Council, which the Russian Minister will chair, is to "
                 "be held in Kazan on 14-15 May.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("planned", date(2026, 5, 14), date(2026, 5, 15), "Kazan")]


def test_a_chairmanship_passed_from_a_state_which_headed_the_body_gives_both_terms() -> None:
    f = facts_of("date 2026-02-17\nIn 2026, the Russian Federation chairs the Council of Ministers of Internal "
                 "Affairs of the CIS Member States. The chairmanship passed to Russia from the Republic of "
                 "Kazakhstan, which headed the Council in 2025.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Russia", date(2026, 1, 1), date(2026, 12, 31)), ("Kazakhstan", date(2025, 1, 1), date(2025, 12, 31))]


def test_a_chairmanship_passed_on_a_day_does_not_end_the_taker_s() -> None:
    f = facts_of("date 2026-02-17\nThe Russian Federation chairs the Council of Ministers of Internal Affairs of the "
                 "CIS Member States. On January 1, the chairmanship passed to Russia from Kazakhstan.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Russia", date(2026, 1, 1), None), ("Kazakhstan", None, date(2026, 1, 1))]


def test_a_state_which_headed_a_body_and_handed_the_chairmanship_over_held_it() -> None:
    f = facts_of("date 2026-02-17\nThe Republic of Kazakhstan, which headed the Council of Ministers of Internal "
                 "Affairs of the CIS Member States in 2025, handed the chairmanship over to Russia.")
    assert [(c.holder, c.body, c.start) for c in f.chairmanships] == [
        ("Kazakhstan", "Council of Ministers of Internal Affairs of the CIS Member States", date(2025, 1, 1)),
        ("Russia", "Council of Ministers of Internal Affairs of the CIS Member States", None)]


@pytest.mark.parametrize("event", ["meeting", "conference", "session"])
def test_a_meeting_on_the_second_day_of_an_event_is_dated_from_its_first(event: str) -> None:
    f = facts_of(f"date 2018-10-26\nOn October 24-25, Baku hosted the {event} of the Council of Heads of Migration "
                 f"Bodies of the CIS Member States. The participants discussed labour migration. On the second day of "
                 f"the {event}, the Chief of the Main Directorate for Migration of the MIA of Russia Anna Orlova met "
                 f"with the Head of the Migration Service of the Republic of Tajikistan Sherzod Ismoilov.")
    assert [(m.start, m.participants) for m in f.meetings][-1] == (date(2018, 10, 25),
                                                                  ["Anna Orlova", "Sherzod Ismoilov"])


def test_two_bodies_joined_by_and_after_a_regional_unit_are_two() -> None:
    f = facts_of("The results were summed up by the Border Directorate of the FSB of Russia for the Amur Region and "
                 "Blagoveshchensk Customs.")
    assert "Blagoveshchensk Customs" in f.agencies
    assert not [a for a in f.agencies if a.endswith("and Blagoveshchensk Customs")]


def test_a_representative_named_before_his_title_and_accredited_at_an_embassy_is_his_ministry_s() -> None:
    f = facts_of("Police Colonel Ivan Orlov, the representative of the Ministry of Internal Affairs of the Russian "
                 "Federation accredited at the Embassy of the Russian Federation in the Republic of Peru, has summed "
                 "up the season. On 4 February 2015, in Lima, the Russian representative met with the Commissioner of "
                 "the Tourist Police, General Carlos Ramos.")
    assert f.persons["Ivan Orlov"].agency == "Ministry of Internal Affairs of the Russian Federation"
    assert [m.participants for m in f.meetings] == [["Ivan Orlov", "Carlos Ramos"]]


def test_the_addressee_of_a_letter_of_thanks_takes_no_part_in_the_meeting() -> None:
    f = facts_of("date 2023-09-05\nOn Monday, the Chief of the National Central Bureau of Interpol of the MIA of "
                 "Russia, Police Major General Ivan Orlov, held a videoconference with the Director of the National "
                 "Police of Peru, General Carlos Ramos. The results were highly appreciated by the Minister of "
                 "Internal Affairs of the Russian Federation Pavel Sokolov, who sent a letter of thanks to the "
                 "Director of the Judicial Police of Peru, Luis Vega.")
    assert [m.participants for m in f.meetings] == [["Ivan Orlov", "Carlos Ramos"]]


def test_a_ceremony_that_took_place_is_an_event_and_the_eve_s_talks_keep_their_topics() -> None:
    f = facts_of("date 2022-05-20\nA ceremony marking the transfer of equipment donated by the Ministry of Internal "
                 "Affairs of the Russian Federation to the Ministry of the Interior of Peru took place today in Lima. "
                 "The keys were handed over by the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov. On Thursday, on the eve of the ceremony, Ivan Orlov held talks with the Director of the "
                 "National Police of Peru Carlos Ramos. They discussed controlled deliveries of cocaine.")
    assert [(m.start, m.participants, m.topics) for m in f.meetings] == [
        (date(2022, 5, 20), ["Ivan Orlov"], []),
        (date(2022, 5, 19), ["Ivan Orlov", "Carlos Ramos"], ["drug-trafficking"])]


def test_the_official_welcome_ceremony_is_part_of_the_visit() -> None:
    f = facts_of("date 2025-06-20\nYesterday, the Minister of Internal Affairs of the Russian Federation Ivan Orlov "
                 "held talks in Moscow with the Inspector-General of Police of Peru Carlos Ramos. The official "
                 "welcome ceremony took place in the central office of the Russian Ministry on Zhitnaya Street.")
    assert len(f.meetings) == 1


def test_the_same_day_is_the_last_held_meeting_s_not_a_proposal_s() -> None:
    f = facts_of("date 2012-11-29\nYesterday in Moscow, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Minister of the Interior of the French Republic Jean Morel. Ivan "
                 "Orlov proposed to hold regular consultations of experts. On the same day, Jean Morel visited the "
                 "Federal Drug Control Service of the Russian Federation, where he met with its Director Pavel "
                 "Sokolov.")
    assert [m.start for m in f.meetings if m.status == "held"] == [date(2012, 11, 28), date(2012, 11, 28)]


def test_cities_listed_as_where_crimes_were_are_no_venue_and_the_deputy_minister_named_with_his_host_joins() -> None:
    f = facts_of("date 2017-06-09\nYesterday, the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov, who is in Lima on a working visit, presented awards to officers of the National Police of "
                 "Peru. The officers exposed a group that had stolen cars in Moscow, Krasnodar and Rostov-on-Don. "
                 "After the ceremony, the Deputy Minister and the Director of the National Police of Peru Carlos "
                 "Ramos held talks at the headquarters of the Peruvian police.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2017, 6, 8), "Lima", ["Ivan Orlov", "Carlos Ramos"])]


def test_an_agreement_signed_in_the_course_of_talks_between_two_officials_is_their_meeting() -> None:
    f = facts_of("date 2018-04-25\nThe Agreement was signed in Muscat on 11 October 2016 in the course of talks "
                 "between the Minister of Internal Affairs of the Russian Federation Ivan Orlov and the Inspector "
                 "General of Police and Customs of the Sultanate of Oman, Lieutenant General Salim Al Habsi.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2016, 10, 11), "Muscat", ["Ivan Orlov", "Salim Al Habsi"])]


def test_a_meeting_that_ended_today_takes_the_days_told_next_and_the_chair_s_year_is_its_term() -> None:
    f = facts_of("date 2024-04-26\nA meeting of the BRICS Anti-Drug Working Group, held as part of Russia's "
                 "chairmanship in BRICS in 2024, ended today in Kazan. The event took place from 24 to 26 April.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2024, 4, 24), date(2024, 4, 26), "Kazan")]
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Russia", date(2024, 1, 1), date(2024, 12, 31))]


def test_a_course_s_programme_lasts_until_its_end_and_those_taking_part_in_the_course_join_it() -> None:
    f = facts_of("A training course for officers of Latin American states opened on 10 October 2016 at the Volgograd "
                 "Academy of the MIA of Russia. The programme will last until 28 October. Officers of the National "
                 "Police of Peru are taking part in the course.")
    assert [(m.start, m.end) for m in f.meetings] == [(date(2016, 10, 10), date(2016, 10, 28))]


def test_a_memorandum_signed_on_a_day_of_its_own_during_a_visit_is_a_meeting_of_its_own() -> None:
    f = facts_of("date 2017-09-07\nOn Monday, in Tokyo, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Commissioner General of the National Police Agency of "
                 "Japan Kenji Mori. On Tuesday, Ivan Orlov visited Sapporo, where he and the Chief of the Hokkaido "
                 "Prefectural Police Takeshi Naga signed a memorandum on the exchange of information.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2017, 9, 4), "Tokyo", ["Ivan Orlov", "Kenji Mori"]),
        (date(2017, 9, 5), "Sapporo", ["Ivan Orlov", "Takeshi Naga"])]


def test_a_meeting_that_prepared_an_announced_one_keeps_its_participants_and_the_announced_one_its_own() -> None:
    f = facts_of("date 2026-02-11\nYesterday, a meeting of senior officials of the SCO Member States was held by "
                 "video conference. It was devoted to the preparation of the Meeting of Ministers of Internal Affairs, "
                 "which will take place in Cholpon-Ata on May 19-20. The Kyrgyz Republic took over the chairmanship "
                 "of the SCO from the People's Republic of China on 1 September 2025, and the ministerial meeting "
                 "will be hosted by the Ministry of Internal Affairs of the Kyrgyz Republic. Delegations of India and "
                 "Pakistan took part. The Russian delegation in Cholpon-Ata will be headed by the Minister of "
                 "Internal Affairs of the Russian Federation Ivan Orlov.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [
        ("held", date(2026, 2, 10), None), ("planned", date(2026, 5, 19), "Cholpon-Ata")]
    held, planned = f.meetings
    assert {"India", "Pakistan"} <= set(held.countries) and "India" not in planned.countries
    assert planned.participants == ["Ivan Orlov"]
    assert "Ministry of Internal Affairs of the Kyrgyz Republic" in planned.agencies


def test_experts_who_would_take_part_in_the_conference_in_its_city_join_the_one_announced() -> None:
    f = facts_of("date 2016-09-16\nThe Singapore Police Force will host the next conference in Singapore in 2017. "
                 "It was agreed that Russian experts would take part in the conference in Singapore.")
    assert [(m.status, m.place) for m in f.meetings] == [("planned", "Singapore")]


def test_a_meeting_to_take_place_in_a_town_the_reference_data_lacks_and_who_will_represent_a_side_there() -> None:
    f = facts_of("date 2013-07-09\nOn Monday, in Ulaanbaatar, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Minister of Justice of Mongolia Bat Dorj. The parties "
                 "agreed that a meeting of the heads of the police bodies of the border regions will take place in "
                 "Zaozersk in September. The Russian side will be represented there by the Main Directorate of the "
                 "MIA of Russia for the Zabaykalsky Territory.")
    planned = [m for m in f.meetings if m.status == "planned"]
    assert [m.place for m in planned] == ["Zaozersk"]
    assert any("Zabaykalsky" in a for a in planned[0].agencies)


def test_the_foreign_minister_s_planned_visit_to_an_academy_is_in_its_city_and_has_him() -> None:
    f = facts_of("date 2011-03-15\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov held talks with the Minister of the Interior of the Italian Republic Marco Neri. Tomorrow the "
                 "Italian Minister will visit the Volgograd Academy of the MIA of Russia.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings][-1] == (
        "planned", date(2011, 3, 16), "Volgograd", ["Marco Neri"])


@pytest.mark.parametrize("ending", ["completes its work today", "came to an end today"])
def test_a_session_which_opened_on_a_day_and_ends_today_spans_both(ending: str) -> None:
    f = facts_of("date 2019-03-22\nThe 62nd session of the Commission on Narcotic Drugs, which opened in Vienna on "
                 f"March 18, {ending}. The Russian delegation was headed by the Chief of the Main Directorate for "
                 "Drug Control of the MIA of Russia, Police Lieutenant-General Ivan Orlov.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2019, 3, 18), date(2019, 3, 22), "Vienna")]


def test_a_state_that_has_chaired_the_association_since_a_day_chairs_the_body_named_before() -> None:
    f = facts_of("date 2024-09-27\nOn September 24-26, Kazan hosted a meeting of the BRICS Anti-Drug Working Group. "
                 "The Russian Federation has chaired the association since January 1, 2024.")
    assert [(c.holder, c.body, c.start) for c in f.chairmanships] == [("Russia", "BRICS", date(2024, 1, 1))]


@pytest.mark.parametrize("quote", ['"', "\u201c"])
def test_a_law_s_title_in_quotes_is_no_agency(quote: str) -> None:
    f = facts_of(f"He spoke about the entry into force of the Federal Law {quote}On Police{quote} on March 1, 2011.")
    assert list(f.agencies) == []


def test_expert_consultations_on_the_sidelines_that_name_nobody_are_no_meeting_of_their_own() -> None:
    f = facts_of("On 16-17 April 2019, Sochi hosted a meeting of the Working Group on Combating Crime. The meeting "
                 "was chaired by the Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov. "
                 "Besides, expert consultations were held on the sidelines of the meeting, where national "
                 "coordinators discussed specific proposals.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2019, 4, 16), "Sochi")]


def test_a_programme_continued_with_consultations_on_a_weekday_to_come_is_planned_for_that_day() -> None:
    f = facts_of("date 2011-06-10\nToday in Moscow, the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Director General of the National Police of Peru Carlos Ramos. On "
                 "Tuesday, the delegation will continue its programme in Moscow with consultations at the Federal "
                 "Drug Control Service of the Russian Federation.")
    assert [(m.status, m.start) for m in f.meetings] == [("held", date(2011, 6, 10)), ("planned", date(2011, 6, 14))]


def test_the_officers_a_course_trains_are_its_parties() -> None:
    f = facts_of("A training course for Latin American officers has started at the Volgograd Academy of the MIA of "
                 "Russia. The course will run from 9 to 20 October 2023. Officers of the National Police of Peru and "
                 "the Bolivarian National Police of Venezuela are studying the methods of countering drug "
                 "trafficking.")
    assert {"Peru", "Venezuela"} <= set(f.meetings[0].countries)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_charge_d_affaires_is_a_title(apostrophe: str) -> None:
    f = facts_of(f"The certificates were presented by the Chargé d{apostrophe}Affaires of the Embassy of the Republic "
                 "of Peru in Moscow, Luis Vega.")
    assert list(f.persons) == ["Luis Vega"]
    assert f.persons["Luis Vega"].country == "Peru"


@pytest.mark.parametrize("verb", ["will hand over", "hands over"])
def test_a_state_that_will_hand_over_the_chairmanship_of_a_named_body_ends_its_term_that_day(verb: str) -> None:
    f = facts_of("date 2019-05-10\nThe delegates agreed that on July 1, 2019, Norway "
                 f"{verb} the chairmanship of the European Committee of Interpol to Croatia.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Norway", "European Committee of Interpol", None, date(2019, 7, 1)),
        ("Croatia", "European Committee of Interpol", date(2019, 7, 1), None)]


def test_a_police_chief_who_presided_over_a_body_hands_its_chair_over_for_his_state() -> None:
    f = facts_of("date 2014-10-02\nOn September 29, Kuala Lumpur hosted the annual ASEANAPOL Conference, attended "
                 "by experts of Interpol and the United Nations Office on Drugs and Crime. At the opening, the "
                 "Inspector-General of the Royal Malaysia Police, who had presided over ASEANAPOL during the past "
                 "year, handed over the chairmanship of the organization to the Thai side.")
    assert {(c.holder, c.body) for c in f.chairmanships} == {("Malaysia", "ASEAN National Police"),
                                                             ("Thailand", "ASEAN National Police")}


def test_a_discussion_chaired_by_a_minister_is_no_chairmanship() -> None:
    f = facts_of("date 2021-06-03\nThe meeting of the BRICS Anti-Drug Working Group was held today by "
                 "videoconference. The event was organized by the Ministry of Internal Affairs of the Russian "
                 "Federation. The discussion was chaired by Deputy Minister of Internal Affairs of the Russian "
                 "Federation, Police Colonel General Ivan Orlov.")
    assert f.chairmanships == []


def test_talks_of_two_on_a_day_of_a_session_of_many_states_are_a_meeting_of_their_own() -> None:
    f = facts_of("date 2023-05-19\nOn May 17-18, Minsk hosted a meeting of the Council of Ministers of Internal "
                 "Affairs of the CIS Member States. Delegations of Armenia, Kazakhstan, Russia and Uzbekistan took "
                 "part. The meeting was opened by the Minister of Internal Affairs of the Republic of Belarus Pavel "
                 "Lenski. The Russian delegation was headed by the Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov. On May 17, Ivan Orlov held talks with Pavel Lenski. The parties discussed "
                 "the fight against drug trafficking. The next meeting of the Ministers will be held in Astana.")
    held = [(m.start, m.end, sorted(m.participants)) for m in f.meetings if m.status == "held"]
    assert held == [(date(2023, 5, 17), date(2023, 5, 18), ["Ivan Orlov", "Pavel Lenski"]),
                    (date(2023, 5, 17), None, ["Ivan Orlov", "Pavel Lenski"])]
    planned = [m for m in f.meetings if m.status == "planned"]
    assert "Council of Ministers of Internal Affairs of the CIS Member States" in planned[0].agencies


def test_the_next_meeting_after_talks_of_two_during_a_session_follows_up_the_session() -> None:
    f = facts_of("date 2023-05-19\nOn May 17-18, Minsk hosted a meeting of the Council of Ministers of Internal "
                 "Affairs of the CIS Member States. Delegations of Armenia, Kazakhstan, Russia and Uzbekistan took "
                 "part. On May 18, the Minister of Internal Affairs of the Russian Federation Ivan Orlov met with the "
                 "Minister of Internal Affairs of the Republic of Armenia Aram Sargsyan. The next meeting of the "
                 "Ministers will be held in Astana.")
    planned = [m for m in f.meetings if m.status == "planned"]
    assert "Council of Ministers of Internal Affairs of the CIS Member States" in planned[0].agencies
    ministries = {"Ministry of Internal Affairs of the Republic of Armenia",
                  "Ministry of Internal Affairs of the Russian Federation"}
    assert not ministries & set(planned[0].agencies)


def test_a_chair_held_in_one_year_and_passed_for_the_next_gives_each_its_year() -> None:
    f = facts_of("date 2024-01-15\nThe chairmanship of the Coordinating Council of the Heads of Competent Authorities "
                 "of the CSTO Member States on Countering Illegal Migration, which in 2023 was held by the Ministry "
                 "of Internal Affairs of the Republic of Belarus, has passed to the Ministry of Internal Affairs of "
                 "the Republic of Armenia for the year 2024.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Ministry of Internal Affairs of the Republic of Belarus", date(2023, 1, 1), date(2023, 12, 31)),
        ("Ministry of Internal Affairs of the Republic of Armenia", date(2024, 1, 1), date(2024, 12, 31))]


def test_a_council_of_ministers_with_the_police_heads_of_states_in_a_clause_names_no_ministry_of_each() -> None:
    f = facts_of("A meeting of the Council of Ministers of Internal Affairs of the CIS Member States, in which the "
                 "heads of the police services of Armenia, Kazakhstan and Uzbekistan took part, was held on 16 "
                 "September 2015 in Minsk.")
    assert list(f.agencies) == ["Council of Ministers of Internal Affairs of the CIS Member States",
                                "Commonwealth of Independent States"]
    assert set(f.meetings[0].countries) == {"Armenia", "Kazakhstan", "Uzbekistan"}


def test_a_session_reported_in_a_long_sentence_is_held() -> None:
    f = facts_of("A regular meeting of the Council of Ministers of Internal Affairs of the CIS Member States, in which "
                 "the heads of the police services of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, "
                 "as well as representatives of the CIS Executive Committee and the Bureau for Coordination of the "
                 "Fight against Organized Crime and Other Dangerous Types of Crime on the Territory of the CIS Member "
                 "States, took part, was held on 21-22 October 2015 in Astana.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("held", date(2015, 10, 21), date(2015, 10, 22), "Astana")]


def test_a_chair_handed_over_as_its_new_chairman_is_elected_is_the_hand_over() -> None:
    f = facts_of("A meeting of the Council of Ministers of Internal Affairs of the CIS Member States was held on 16 "
                 "September 2015 in Minsk. At the opening, the chairmanship of the Council, which had been exercised "
                 "during the previous year by the Ministry of Internal Affairs of the Republic of Armenia, was handed "
                 "over to the Ministry of Internal Affairs of the Republic of Belarus, and the Minister of Internal "
                 "Affairs of the Republic of Belarus Igor Shunevich was elected Chairman of the Council.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Ministry of Internal Affairs of the Republic of Armenia", None, date(2015, 9, 16)),
        ("Ministry of Internal Affairs of the Republic of Belarus", date(2015, 9, 16), None)]


def test_a_previous_session_named_in_passing_without_day_or_place_is_no_meeting() -> None:
    f = facts_of("A meeting of the Council was held on 16 September 2015 in Minsk. The representative of the CIS "
                 "Executive Committee informed the participants that the decisions adopted at the previous session "
                 "had been implemented in full.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2015, 9, 16), "Minsk")]


def test_a_day_in_a_clause_telling_when_the_chairmanship_began_does_not_date_the_meeting() -> None:
    f = facts_of("date 2019-06-14\nA meeting of the interior ministers of the SCO member states, organised within the "
                 "framework of the chairmanship of the Kyrgyz Republic in the SCO, which began on 10 June 2018, was "
                 "held in Bishkek on 12-13 June.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2019, 6, 12), date(2019, 6, 13), "Bishkek")]


def test_an_agreement_after_a_quotation_and_its_attribution_announces_the_next_meeting() -> None:
    f = facts_of("date 2021-02-11\nA meeting of the Main Directorate of the MIA of Russia for the Omsk Region with "
                 "the Police Department of Pavlodar Region was held today. \u201cCrime knows no borders,\u201d he "
                 "said, and it was agreed that the next meeting would be held in Omsk.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", None), ("planned", "Omsk")]


def test_a_speaker_before_the_announcement_of_the_next_meeting_takes_part_in_the_meeting_reported() -> None:
    f = facts_of("date 2022-06-10\nA meeting of the BRICS Anti-Drug Working Group was held in Sochi on 8-9 June. On "
                 "June 9, on the sidelines of the meeting, bilateral consultations were held between the Chief of the "
                 "Main Directorate for Drug Control of the MIA of Russia, Ivan Orlov, and the Director General of the "
                 "Narcotics Control Bureau of India, Ravi Menon. The speech of the Director of the Federal Police of "
                 "Brazil, Ana Lima, was devoted to the priorities of the Brazilian chairmanship, and it was announced "
                 "that the next meeting of the Working Group would be held in Brazil in 2023.")
    assert [(m.status, m.start, sorted(m.participants)) for m in f.meetings] == [
        ("held", date(2022, 6, 8), ["Ana Lima"]),
        ("held", date(2022, 6, 9), ["Ivan Orlov", "Ravi Menon"]),
        ("planned", None, [])]


def test_a_visit_to_a_body_the_day_before_is_a_meeting_of_its_own() -> None:
    f = facts_of("Talks between the Minister of Internal Affairs of the Russian Federation Ivan Orlov and the Director "
                 "General of the National Police of the French Republic, Paul Girard, were held today in Moscow. The "
                 "day before, the French delegation visited the National Central Bureau of Interpol of the MIA of "
                 "Russia, whose Chief, Police Major General Oleg Volkov, informed the guests of the search procedure.")
    assert [sorted(m.participants) for m in f.meetings] == [["Ivan Orlov", "Paul Girard"], ["Oleg Volkov"]]


@pytest.mark.parametrize(("lead", "day"), [
    ("Earlier that day", 5), ("Earlier in the day", 5), ("The following morning", 6), ("On the 6th", 6),
])
def test_a_body_visited_on_a_day_told_from_the_talks_is_a_meeting_with_its_head(lead: str, day: int) -> None:
    f = facts_of("date 2022-10-06\nOn October 5, in Tbilisi, the First Deputy Minister of Internal Affairs of the "
                 "Russian Federation Petr Lebedev held talks with the Deputy Minister of Internal Affairs of Georgia "
                 f"Giorgi Beridze. They discussed fighting cybercrime.\n\n{lead}, the Russian delegation visited the "
                 "Police Academy of the Ministry of Internal Affairs of Georgia. Its Rector, Colonel Levan Abashidze, "
                 "showed the guests the training grounds.")
    talks, academy = f.meetings
    assert sorted(talks.participants) == ["Giorgi Beridze", "Petr Lebedev"]
    assert "Levan Abashidze" in academy.participants and "Giorgi Beridze" not in academy.participants
    assert (academy.start, academy.place) == (date(2022, 10, day), "Tbilisi")


_A_TRIP_OF_THREE_DAYS = (
    "date 2023-06-16\nOn June 12-14, the Minister of Internal Affairs of the Russian Federation Ivan Orlov paid a "
    "working visit to the Republic of Kazakhstan.\n\nOn June 12, in Astana, he held talks with the Minister of "
    "Internal Affairs of the Republic of Kazakhstan Marat Sadykov. They discussed countering drug trafficking.\n\n"
    "On June 13, Ivan Orlov visited the Academy of Law Enforcement Agencies of the Republic of Kazakhstan, where he "
    "met with its Head, Major General Aidos Nurlanov.\n\n{lead}, the Russian delegation flew to Almaty. The Chief of "
    "the Police Department of Almaty, Police Major General Serik Tulegenov, told the Minister about the security of "
    "the city's airport.")


@pytest.mark.parametrize("lead", ["On the third day of the visit", "On the last day of the visit", "The next day",
                                  "On Wednesday", "On June 14", "On 14 June", "On the 14th"])
def test_a_stage_of_a_trip_to_another_city_is_a_meeting_with_the_host_the_next_sentence_names(lead: str) -> None:
    f = facts_of(_A_TRIP_OF_THREE_DAYS.format(lead=lead))
    _talks, academy, almaty = f.meetings
    assert "Serik Tulegenov" not in academy.participants
    assert (almaty.start, almaty.place) == (date(2023, 6, 14), "Almaty")
    assert sorted(almaty.participants) == ["Ivan Orlov", "Serik Tulegenov"]


def test_the_visitor_who_met_a_host_after_a_flight_to_his_city_is_one_meeting_of_that_stage() -> None:
    f = facts_of(_A_TRIP_OF_THREE_DAYS.format(lead="On the third day of the visit").replace(
        "The Chief of the Police Department of Almaty, Police Major General Serik Tulegenov, told the Minister about",
        "Ivan Orlov met with the Chief of the Police Department of Almaty, Police Major General Serik Tulegenov. "
        "They discussed"))
    assert [(m.start, m.place, sorted(m.participants)) for m in f.meetings[2:]] == [
        (date(2023, 6, 14), "Almaty", ["Ivan Orlov", "Serik Tulegenov"])]


def test_experts_who_met_where_the_delegation_moved_on_to_are_that_stage() -> None:
    f = facts_of(_A_TRIP_OF_THREE_DAYS.format(lead="On Wednesday").replace(
        "the Russian delegation flew to Almaty. The Chief of the Police Department of Almaty, Police Major General "
        "Serik Tulegenov, told the Minister about the security of the city's airport.",
        "the delegation moved on to Almaty. There, experts of the Main Directorate for Drug Control of the MIA of "
        "Russia and of the Police Department of Almaty held a working meeting on controlled deliveries."))
    assert [(m.start, m.place) for m in f.meetings[2:]] == [(date(2023, 6, 14), "Almaty")]


@pytest.mark.parametrize("went", ["then went on to", "then moved on to", "then flew to", "then travelled to"])
def test_the_city_a_delegation_then_went_on_to_is_where_its_next_meeting_is(went: str) -> None:
    f = facts_of("date 2017-11-25\nOn 21 November, in Belgrade, the Deputy Minister of Internal Affairs of the "
                 "Russian Federation Ivan Orlov held talks with the Minister of Internal Affairs of the Republic of "
                 f"Serbia Milan Petrovic.\n\nThe delegation {went} Budapest. On 23 November, Ivan Orlov met with the "
                 "National Police Commissioner of Hungary Laszlo Toth.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2017, 11, 21), "Belgrade"),
                                                        (date(2017, 11, 23), "Budapest")]


def test_experts_who_held_a_working_meeting_the_day_of_a_reception_met_on_their_own() -> None:
    f = facts_of("date 2018-10-26\nOn October 25, in Brasilia, Ivan Orlov was received by the Director-General of "
                 "the Federal Police of Brazil Paulo Mendes. On the same day, experts of the MIA of Russia Main "
                 "Directorate for Drug Control and the Federal Police of Brazil held a working meeting in Brasilia.")
    assert len(f.meetings) == 2


def test_an_unnamed_delegation_travelling_on_is_not_taken_for_the_host_minister() -> None:
    f = facts_of("date 2021-10-08\nFrom October 4 to 7, a delegation of the Ministry of Public Security of Laos "
                 "headed by Minister Somphan Keola paid an official visit to Russia.\n\nOn Monday, the Lao Minister "
                 "was received in Moscow by the Minister of Internal Affairs of the Russian Federation Ivan Orlov. "
                 "The Ministers discussed countering drug trafficking.\n\nOn Wednesday, the delegation travelled to "
                 "Kazan. At the Kazan Law Institute of the MIA of Russia, the Lao Minister was welcomed by the Head of "
                 "the Institute, Police Major General Rustam Galeev.")
    _reception, kazan = f.meetings
    assert (kazan.start, kazan.place) == (date(2021, 10, 6), "Kazan")
    assert sorted(kazan.participants) == ["Rustam Galeev", "Somphan Keola"]


def test_the_city_a_minister_returns_to_is_not_where_he_visited_a_college_before() -> None:
    f = facts_of("date 2023-09-29\nOn Thursday, before returning to Moscow, the Russian Minister Ivan Orlov visited "
                 "the Police College of Heilongjiang Province in Harbin and met with its President, Li Wei.")
    assert [m.place for m in f.meetings] == ["Harbin"]


def test_the_day_after_the_talks_is_not_the_day_after_a_videoconference_recalled_from_spring() -> None:
    f = facts_of("date 2022-11-25\nOn November 22, Ivan Orlov held talks in Havana with the Minister of the "
                 "Interior of the Republic of Cuba, Division General Jorge Rivas. The Minister recalled the "
                 "videoconference of 19 April, at which he and Ivan Orlov had agreed to prepare a new plan.\n\nThe "
                 "following day, Ivan Orlov visited the Higher Institute of the Ministry of the Interior in Havana, "
                 "where its Rector, Colonel Ana Delgado, showed him the laboratories.")
    held = sorted((m.start, tuple(sorted(m.participants))) for m in f.meetings)
    assert (date(2022, 11, 23), ("Ana Delgado", "Ivan Orlov")) in held
    assert (date(2022, 4, 19), ("Ivan Orlov", "Jorge Rivas")) in held or date(2022, 4, 19) in [h[0] for h in held]


def test_a_day_told_as_an_ordinal_alone_is_in_the_month_of_the_event_told_before() -> None:
    f = facts_of("date 2024-04-02\nFrom 15 to 17 May 2024, Kazan will host the International Conference on "
                 "Countering Cybercrime, organized by the Ministry of Internal Affairs of the Russian Federation.\n\n"
                 "On the 16th, on the sidelines of the conference, a meeting of the heads of the cybercrime units of "
                 "the CSTO member states is planned.")
    assert sorted((m.start, m.end) for m in f.meetings) == [(date(2024, 5, 15), date(2024, 5, 17)),
                                                            (date(2024, 5, 16), None)]


def test_a_city_that_hosted_a_session_on_days_set_off_by_commas() -> None:
    f = facts_of("Minsk hosted, on the 14th and 15th of April 2022, the regular session of the Council of Heads of "
                 "Migration Bodies of the CIS Member States, attended by the heads of delegations of Armenia, Belarus "
                 "and Russia.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("held", date(2022, 4, 14), date(2022, 4, 15), "Minsk")]


def test_an_official_who_took_part_by_videoconference_set_off_by_commas_in_a_meeting() -> None:
    f = facts_of("date 2021-05-07\nOn May 5, the Chief of the Main Directorate for Drug Control of the MIA of Russia, "
                 "Police Major General Ivan Orlov, took part, by videoconference, in a meeting of the SCO Working "
                 "Group on Countering Drug Trafficking.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2021, 5, 5), None, ["Ivan Orlov"])]


def test_a_one_on_one_conversation_on_the_eve_of_the_joint_meeting_is_the_day_before_it() -> None:
    f = facts_of("date 2020-03-13\nOn March 12, in Minsk, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov and the Minister of Internal Affairs of the Republic of Belarus Yuri Karpenko held a "
                 "joint meeting of the boards of the two ministries.\n\nOn the eve of the joint meeting, Ivan Orlov "
                 "and Yuri Karpenko held a one-on-one conversation in Minsk.")
    assert [(m.start, m.place, sorted(m.participants)) for m in f.meetings] == [
        (date(2020, 3, 12), "Minsk", ["Ivan Orlov", "Yuri Karpenko"]),
        (date(2020, 3, 11), "Minsk", ["Ivan Orlov", "Yuri Karpenko"])]


def test_the_eve_of_a_conference_recalled_is_the_day_before_it_opened() -> None:
    f = facts_of("date 2021-10-08\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov met with the Representative of the UNODC in the Russian Federation Paolo Conti.\n\nThey "
                 "summed up the results of the anti-drug conference held in Samara on 4-6 October.\n\nOn the eve of "
                 "the conference, the Chief of the Main Directorate for Drug Control of the MIA of Russia Oleg Petrov "
                 "held a meeting in Samara with the heads of the delegations of Kazakhstan and Uzbekistan.")
    eve = next(m for m in f.meetings if "Oleg Petrov" in m.participants)
    assert (eve.start, eve.place) == (date(2021, 10, 3), "Samara")


def test_the_eve_of_a_session_with_its_day_written_is_that_day() -> None:
    f = facts_of("date 2019-03-22\nThe session of the Commission on Narcotic Drugs, which opened on 14 March, closed "
                 "today in Vienna. On the eve of the session, on March 12, the Russian delegation hosted a "
                 "coordination meeting of the delegations of the CSTO member states in Vienna.")
    assert date(2019, 3, 12) in [m.start for m in f.meetings]


def test_a_ceremony_held_to_mark_the_end_of_a_course_is_an_event_with_those_who_attended() -> None:
    f = facts_of("date 2019-05-31\nToday in Bishkek, a ceremony was held to mark the end of a training course on "
                 "countering cybercrime for officers of the Ministry of Internal Affairs of the Kyrgyz Republic. The "
                 "ceremony was attended by the Minister of Internal Affairs of the Kyrgyz Republic Kurmanbek "
                 "Niyazov.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2019, 5, 31), "Bishkek", ["Kurmanbek Niyazov"])]


def test_the_asean_ministers_meeting_on_transnational_crime_is_a_body_of_no_state() -> None:
    f = facts_of("Delegations took part in the consultation of the ASEAN Ministerial Meeting on Transnational Crime. "
                 "The next AMMTC consultation will be held in Hanoi.")
    body = f.agencies["ASEAN Ministerial Meeting on Transnational Crime"]
    assert (body.country, body.aliases) == (None, {"AMMTC"})


def test_an_official_name_with_a_comma_that_the_reference_data_knows_is_one_agency() -> None:
    f = facts_of("The talks were attended by the Vice Minister of the Ministry of People's Power for Interior "
                 "Relations, Justice and Peace of the Bolivarian Republic of Venezuela, Commissioner Luis Mora.")
    assert [(a.name, a.country) for a in f.agencies.values()] == [
        ("Ministry of People's Power for Interior, Justice and Peace of the Bolivarian Republic of Venezuela",
         "Venezuela")]


def test_a_rotation_timetable_of_three_years_gives_each_holder_its_year() -> None:
    f = facts_of("date 2021-06-10\nThe ministers approved the rotation timetable, under which the Council of "
                 "Ministers of Internal Affairs of the CIS Member States will be chaired by Armenia in 2022, by "
                 "Belarus in 2023 and by the Russian Federation in 2024.")
    assert sorted((c.holder, c.start, c.end) for c in f.chairmanships) == [
        ("Armenia", date(2022, 1, 1), date(2022, 12, 31)), ("Belarus", date(2023, 1, 1), date(2023, 12, 31)),
        ("Russia", date(2024, 1, 1), date(2024, 12, 31))]


def test_a_holder_which_holds_the_rotating_chairmanship_and_the_chair_passing_on_for_two_years() -> None:
    f = facts_of("date 2022-09-08\nToday in Bishkek, the Council of Heads of Migration Authorities of the CIS Member "
                 "States held its meeting under the chairmanship of Kyrgyzstan, which holds the rotating chairmanship "
                 "for 2022-2023. The delegates approved the Concept of Cooperation for 2023-2027 and agreed that, "
                 "when the Kyrgyz term ends, the chair will pass to Tajikistan for 2024-2025.")
    council = "Council of Heads of Migration Authorities of the CIS Member States"
    assert sorted((c.holder, c.body, c.start, c.end) for c in f.chairmanships) == [
        ("Kyrgyzstan", council, date(2022, 1, 1), date(2023, 12, 31)),
        ("Tajikistan", council, date(2024, 1, 1), date(2025, 12, 31))]


def test_which_holds_the_chairmanship_of_another_body_is_no_chair_of_the_body_before() -> None:
    f = facts_of("date 2020-09-18\nA meeting of the BRICS Working Group on Countering Drug Trafficking was organized "
                 "by the Russian Federation, which holds the chairmanship in BRICS in 2020.")
    assert "BRICS Working Group on Countering Drug Trafficking" not in [c.body for c in f.chairmanships]


def test_a_state_that_will_take_over_the_chair_of_a_body_on_a_day_and_hold_it_until_another() -> None:
    f = facts_of("date 2014-11-20\nThe delegates of the Council of the Baltic Sea States heard about the priorities "
                 "of Norway, which will take over the chair of the Council on July 1, 2015, and hold it until June 30, "
                 "2016.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Norway", "Council of the Baltic Sea States", date(2015, 7, 1), date(2016, 6, 30))]


def test_taking_over_the_chair_of_a_meeting_is_no_chairmanship() -> None:
    assert facts_of("Finland took over the chair of the meeting on 3 May.").chairmanships == []


def test_a_city_hosted_a_meeting_the_last_one_to_be_held_under_a_chair_is_held() -> None:
    f = facts_of("date 2016-05-20\nOn May 17-18, Riga hosted a meeting of the Operational Committee of the Baltic Sea "
                 "Task Force on Organized Crime, the last one to be held under the chairmanship of Latvia.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("held", date(2016, 5, 17), date(2016, 5, 18), "Riga")]


_TOLD_OUT_OF_ORDER = (
    "date 2020-11-19\nToday, the Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov held talks "
    "by videoconference with the Minister of Internal Affairs of the Republic of Tajikistan Ramazon Rahimzoda. They "
    "discussed illegal migration.\n\n{earlier} The Russian side was represented by the Deputy Chief of the Main "
    "Directorate for Migration of the MIA of Russia Petr Sidorov, and the Tajik side by the Head of the Migration "
    "Service of the Republic of Tajikistan Firuz Nazarov.")


def test_an_earlier_event_told_in_a_paragraph_of_its_own_is_what_that_paragraph_is_about() -> None:
    f = facts_of(_TOLD_OUT_OF_ORDER.format(
        earlier="On Tuesday, Dushanbe hosted a meeting of the Russian-Tajik Working Group on Migration."))
    talks, group = f.meetings
    assert sorted(talks.participants) == ["Ivan Orlov", "Ramazon Rahimzoda"]
    assert (group.start, group.place, sorted(group.participants)) == (
        date(2020, 11, 17), "Dushanbe", ["Firuz Nazarov", "Petr Sidorov"])


@pytest.mark.parametrize("earlier", [
    "The previous meeting of the Working Group was held in Dushanbe on 12 May 2019.",
    "The parties recalled that the Working Group met in Dushanbe on 12 May 2019 for the first time.",
])
def test_a_previous_meeting_recalled_in_passing_leaves_the_paragraph_to_the_meeting_reported(earlier: str) -> None:
    f = facts_of(_TOLD_OUT_OF_ORDER.format(earlier=earlier))
    assert "Petr Sidorov" in f.meetings[0].participants


def test_the_conference_named_again_after_the_meeting_reported_is_the_conference_told_before() -> None:
    f = facts_of("date 2021-10-08\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov met with the Representative of the UNODC in the Russian Federation Paolo Conti. The meeting "
                 "summed up the results of the anti-drug conference held in Samara on 4-6 October.\n\nThe Samara "
                 "conference brought together delegations of Kazakhstan and Uzbekistan. It was opened by the Chief of "
                 "the Main Directorate for Drug Control of the MIA of Russia Oleg Petrov.")
    talks, conference = f.meetings
    assert (conference.start, conference.place) == (date(2021, 10, 4), "Samara")
    assert "Oleg Petrov" in conference.participants and "Oleg Petrov" not in talks.participants
    assert "Kazakhstan" in conference.countries and "Kazakhstan" not in talks.countries


def test_the_conference_named_again_when_a_conference_is_the_event_reported_stays_with_it() -> None:
    f = facts_of("date 2021-10-08\nToday in Kazan, an international anti-drug conference opened. A year ago, a "
                 "conference on the same subject was held in Samara on 4-6 October 2020.\n\nThe conference brought "
                 "together delegations of Kazakhstan and Uzbekistan.")
    kazan = next(m for m in f.meetings if m.place == "Kazan")
    assert "Kazakhstan" in kazan.countries


@pytest.mark.parametrize(("text", "expected"), [
    ("The seminar was organized as part of Russia's chairship in BRICS, which covers the whole of 2024.",
     [("Russia", "BRICS", date(2024, 1, 1), date(2024, 12, 31))]),
    ("The delegates of the Baltic Sea Task Force on Organized Crime confirmed that the chair of the Task Force passes "
     "to Latvia for 2023-2024.",
     [("Latvia", "Baltic Sea Task Force on Organized Crime", date(2023, 1, 1), date(2024, 12, 31))]),
    ("In 2020, the chair of the Council of the Baltic Sea States is held by Denmark.",
     [("Denmark", "Council of the Baltic Sea States", date(2020, 1, 1), date(2020, 12, 31))]),
])
def test_the_chair_words_of_other_writers(text: str, expected: list[tuple[str, str, date, date]]) -> None:
    f = facts_of("date 2020-05-06\n" + text)
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == expected


def test_the_chair_passing_for_a_year_of_a_body_named_before_without_a_chair_told() -> None:
    f = facts_of("date 2017-06-01\nThe chair of the Council of the Baltic Sea States rotates annually. For 2017 the "
                 "chair passed to Norway.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Norway", "Council of the Baltic Sea States", date(2017, 1, 1), date(2017, 12, 31))]


def test_a_chair_held_since_a_day_and_rotating_to_another_from_a_later_day_in_one_sentence() -> None:
    f = facts_of("date 2019-06-05\nThe Ministry of Internal Affairs of the Republic of Belarus has chaired the "
                 "Council of the Baltic Sea States since January 1 and will complete its term at the end of the year; "
                 "from January 1, 2020, the chair will rotate to the Police of the Republic of Armenia.")
    assert sorted((c.holder, c.start) for c in f.chairmanships) == [
        ("Ministry of Internal Affairs of the Republic of Belarus", date(2019, 1, 1)),
        ("Police of the Republic of Armenia", date(2020, 1, 1))]


def test_a_chair_handed_over_at_a_meeting_to_one_which_will_chair_it_until_a_day() -> None:
    f = facts_of("date 2019-10-04\nToday in Kurgan, a meeting of the Council of the Baltic Sea States was held. At the "
                 "opening of the meeting, the Chief of the Police of Latvia Janis Berzins handed over the chairmanship "
                 "of the Council to the Police of the Republic of Lithuania, which will chair it until December 31, "
                 "2020.")
    assert sorted((c.holder, c.start, c.end) for c in f.chairmanships) == [
        ("Police of the Republic of Latvia", None, date(2019, 10, 4)),
        ("Police of the Republic of Lithuania", date(2019, 10, 4), date(2020, 12, 31))]


def test_a_headline_naming_the_two_states_is_the_talks_its_body_reports() -> None:
    f = facts_of("date 2021-06-10\nRussian and Chinese police officers held negotiations via videoconference\n\n"
                 "Yesterday, the Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov and the Vice "
                 "Minister of Public Security of the People's Republic of China Wang Lei held negotiations via "
                 "videoconference, the official representative of the MIA of Russia Anna Belova said.")
    assert [(m.start, sorted(m.participants)) for m in f.meetings] == [(date(2021, 6, 9), ["Ivan Orlov", "Wang Lei"])]


def test_human_beings_in_a_post_s_name_are_no_person() -> None:
    f = facts_of("The Finnish National Rapporteur on Trafficking in Human Beings, Detective Inspector Anna Virtanen of "
                 "the National Police of Finland, spoke at the meeting.")
    assert list(f.persons) == ["Anna Virtanen"]


def test_a_minister_whose_country_held_the_presidency_hands_the_chairmanship_to_another_state() -> None:
    f = facts_of("date 2022-10-07\nOn October 6, in Dushanbe, the Minister of Internal Affairs of the Republic of "
                 "Armenia, Police Colonel-General Vahe Ghazaryan, whose country had held the rotating presidency of "
                 "the Council of Ministers of Internal Affairs of the CIS Member States over the past year, handed "
                 "over the chairmanship to the Republic of Belarus.")
    assert sorted((c.holder, c.start, c.end) for c in f.chairmanships) == [
        ("Armenia", None, date(2022, 10, 6)), ("Belarus", date(2022, 10, 6), None)]


def test_a_body_that_elected_an_agency_as_its_chair_for_a_two_year_term() -> None:
    f = facts_of("date 2019-10-25\nThe Working Group on Law Enforcement Cooperation of the Barents Euro-Arctic "
                 "Council then elected the Police of the Republic of Finland as its chair for a two-year term, "
                 "2020-2021.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Police of the Republic of Finland", "Working Group on Law Enforcement Cooperation of the Barents "
         "Euro-Arctic Council", date(2020, 1, 1), date(2021, 12, 31))]


@pytest.mark.parametrize(("lead", "day"), [("That evening", 5), ("That afternoon", 5), ("Two days later", 7),
                                         ("A day later", 6), ("Three days later", 8)])
def test_a_meeting_told_that_evening_or_days_later_is_dated_from_the_talks(lead: str, day: int) -> None:
    f = facts_of("date 2019-08-09\nOn August 5, in Brasilia, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Director-General of the Federal Police of Brazil Paulo "
                 f"Mendes.\n\n{lead}, in Sao Paulo, Ivan Orlov met with the Secretary of Public Security of the "
                 "State of Sao Paulo Carlos Lima.")
    assert [m.start for m in f.meetings] == [date(2019, 8, 5), date(2019, 8, day)]


def test_an_expert_session_that_morning_before_the_talks_is_a_meeting_of_its_own() -> None:
    f = facts_of("date 2021-06-02\nOn June 1, in Moscow, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Deputy Director General of Public Security of Italy Marco "
                 "Conti.\n\nThat morning, before the talks, the Russian-Italian working group on combating organized "
                 "crime held an expert session. It was co-chaired by Anna Petrova, Deputy Chief of the National "
                 "Central Bureau of Interpol of the MIA of Russia, and Luca Bianchi, Director of the International "
                 "Police Cooperation Service.")
    talks, session = f.meetings
    assert "Anna Petrova" not in talks.participants
    assert (session.start, sorted(session.participants)) == (date(2021, 6, 1), ["Anna Petrova", "Luca Bianchi"])


def test_a_working_meeting_after_a_handing_over_ceremony_is_a_meeting_of_its_own_that_day() -> None:
    f = facts_of("date 2020-02-14\nToday in Dushanbe, a ceremony was held to hand over vehicles to the Ministry of "
                 "Internal Affairs of the Republic of Tajikistan. The equipment was handed over by the Chief of the "
                 "Department of International Cooperation of the MIA of Russia Ivan Orlov and accepted by the "
                 "Minister of Internal Affairs of the Republic of Tajikistan Rustam Nazarov.\n\nAfter the ceremony, "
                 "Ivan Orlov and Rustam Nazarov held a working meeting.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2020, 2, 14), "Dushanbe")] * 2


def test_two_officials_who_summed_up_the_results_of_an_operation_met() -> None:
    f = facts_of("date 2022-04-27\nThe day before, in Almaty, the Deputy Chief of the Main Directorate of Criminal "
                 "Investigation of the MIA of Russia Ivan Orlov and the Chief of the Criminal Police Department of the "
                 "Ministry of Internal Affairs of the Republic of Kazakhstan Daniyar Sadykov summed up the results of "
                 "the joint operation.")
    assert [(m.start, m.place, sorted(m.participants)) for m in f.meetings] == [
        (date(2022, 4, 26), "Almaty", ["Daniyar Sadykov", "Ivan Orlov"])]


@pytest.mark.parametrize("held", ["held a ceremonial graduation of", "held a graduation ceremony for"])
def test_an_academy_that_held_a_graduation_of_foreign_cadets_held_an_event(held: str) -> None:
    f = facts_of(f"date 2017-07-05\nOn 4 July, the Volgograd Academy of the MIA of Russia {held} foreign cadets. The "
                 "diplomas were presented by the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2017, 7, 4), "Volgograd", ["Ivan Orlov"])]


def test_the_chairmanship_of_a_council_handed_over_to_a_minister_of_another_state() -> None:
    f = facts_of("At the closing session, the Minister of Internal Affairs of the Republic of Armenia Vahe Ghazaryan "
                 "handed over the chairmanship of the Council of Ministers of Internal Affairs of the CIS Member "
                 "States to the Minister of Internal Affairs of the Republic of Belarus, Lieutenant General Ivan "
                 "Kubrakov.")
    minister = f.persons["Ivan Kubrakov"]
    assert (minister.title, minister.agency) == ("Minister of Internal Affairs of the Republic of Belarus",
                                                 "Ministry of Internal Affairs of the Republic of Belarus")
    assert not [a for a in f.agencies if " to the " in a]
    assert sorted((c.holder, c.body) for c in f.chairmanships) == [
        ("Armenia", "Council of Ministers of Internal Affairs of the CIS Member States"),
        ("Belarus", "Council of Ministers of Internal Affairs of the CIS Member States")]


def test_an_international_body_in_an_aside_before_the_verb_is_not_the_holder() -> None:
    f = facts_of("date 2022-06-10\nKazakhstan, the presiding country in the Collective Security Treaty Organization "
                 "in 2022, also chairs the Council of Ministers of Internal Affairs of the CIS Member States in 2022.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Kazakhstan", date(2022, 1, 1), date(2022, 12, 31))]


def test_talks_dated_in_figures_day_first() -> None:
    f = facts_of("On 12.03.2021, in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan Orlov held "
                 "talks with the Minister of Internal Affairs of the Republic of Azerbaijan Rauf Aliyev.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2021, 3, 12), "Moscow")]


@pytest.mark.parametrize(("name", "country"), [
    ("General Commissariat of National Police of the Kingdom of Cambodia", "Cambodia"),
    ("General Directorate of Migration of the Republic of Panama", "Panama"),
])
def test_a_general_body_of_a_state_is_an_agency_not_a_rank(name: str, country: str) -> None:
    f = facts_of(f"The students were delegated by the {name}.")
    assert [(key, agency.country) for key, agency in f.agencies.items()] == [(name, country)]


def test_a_state_written_in_a_form_the_data_lacks_is_one_state_in_a_known_name() -> None:
    f = facts_of("The talks were attended by the head of the General Directorate of Security of the Republic of "
                 "T\u00fcrkiye, Ahmet Kaya.")
    assert list(f.agencies) == ["General Directorate of Security of the Republic of Turkey"]


def test_an_official_who_received_a_police_attache_met_him() -> None:
    f = facts_of("date 2024-03-14\nYesterday, the Chief of the Department of International Cooperation of the MIA of "
                 "Russia, Police Major General Ivan Orlov, received in Moscow the Police Attach\u00e9 of the Embassy "
                 "of the Republic of Peru, Colonel Luis Vega.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2024, 3, 13), "Moscow", ["Ivan Orlov", "Luis Vega"])]


def test_a_meeting_announced_for_next_tuesday_and_wednesday_lasts_both_days_and_has_its_chair() -> None:
    f = facts_of("date 2024-03-14\n\u201cNext Tuesday and Wednesday, Moscow will host the first meeting of the "
                 "Russian-Peruvian Working Group,\u201d the official representative of the MIA of Russia said. On the "
                 "Russian side, the meeting will be chaired by Deputy Minister of Internal Affairs of the Russian "
                 "Federation, Police Colonel-General Ivan Orlov.")
    assert [(m.status, m.start, m.end, m.participants) for m in f.meetings] == [
        ("planned", date(2024, 3, 19), date(2024, 3, 20), ["Ivan Orlov"])]


def test_talks_on_the_sidelines_with_the_head_of_a_body_in_another_city_are_where_the_event_is() -> None:
    f = facts_of("The European Regional Conference of Interpol was held on 14-16 May 2014 in Budapest. On the "
                 "sidelines of the Conference, the Chief of the National Central Bureau of Interpol of the MIA of "
                 "Russia Ivan Orlov met with the Head of the National Central Bureau of Interpol in Valletta, "
                 "Superintendent Mark Borg.")
    assert [m.place for m in f.meetings] == ["Budapest", "Budapest"]


def test_a_chairperson_of_a_body_is_a_person_with_a_title() -> None:
    f = facts_of("The discussion was moderated by the Chairperson of the Task Force, Ingrid Dahl.")
    assert [(name, person.title) for name, person in f.persons.items()] == [
        ("Ingrid Dahl", "Chairperson of the Task Force")]


def test_a_body_that_will_next_meet_under_a_presidency_plans_a_meeting() -> None:
    f = facts_of("date 2015-05-23\nOn May 21-22, Tallinn hosted a meeting of the Task Force against Trafficking in "
                 "Human Beings of the Council of the Baltic Sea States. Under the Polish Presidency, the Task Force "
                 "will next meet in Warsaw in October.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Tallinn"), ("planned", "Warsaw")]


def test_the_bodies_whose_officers_a_delegation_included_take_part() -> None:
    f = facts_of("On May 21-22, Tallinn hosted a meeting of the Task Force. The Russian delegation, which included "
                 "officers of the Federal Migration Service of the Russian Federation and the Ministry of Foreign "
                 "Affairs of the Russian Federation, was headed by Ivan Orlov.")
    assert {"Federal Migration Service of the Russian Federation",
            "Ministry of Foreign Affairs of the Russian Federation"} <= set(f.meetings[0].agencies)


def test_a_session_closed_today_takes_the_days_the_next_sentence_opens_with() -> None:
    f = facts_of("date 2018-05-18\nThe 47th session of the European Regional Conference of Interpol closed today in "
                 "Lisbon. From 16 to 18 May, the heads of police services of more than 40 European states discussed "
                 "the main threats to security on the continent.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2018, 5, 16), date(2018, 5, 18), "Lisbon")]


def test_the_next_session_after_talks_of_two_during_a_conference_of_a_body_follows_up_the_conference() -> None:
    f = facts_of("date 2018-05-18\nThe 47th session of the European Regional Conference of Interpol closed today in "
                 "Lisbon. From 16 to 18 May, the heads of police services of more than 40 European states discussed "
                 "the main threats to security on the continent. On May 17, the Russian delegation held talks with "
                 "the Deputy Chief of the Public Security Police of Portugal, Police Major General Jorge Costa. The "
                 "next session of the Conference will be held in Belgium in 2019.")
    planned = [m for m in f.meetings if m.status == "planned"]
    assert planned[0].agencies == ["International Criminal Police Organization"]


def test_a_bare_head_noun_is_the_body_named_with_it_bare_not_a_qualified_one_named_after() -> None:
    f = facts_of("A working meeting of the leadership of the Administration of the MIA of Russia for the Pskov Region "
                 "and the Latgale Regional Administration of the State Police of the Republic of Latvia was held in "
                 "Rezekne. Police Major General Ivan Orlov, Chief of the Administration, arrived at the head of a "
                 "group of officers.")
    assert f.persons["Ivan Orlov"].agency == "MIA of Russia Administration for the Pskov Region"


def test_a_visit_programme_that_provides_for_talks_plans_them() -> None:
    f = facts_of("date 2026-02-17\nThe programme of the visit provides for talks in Jakarta on February 25.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [("planned", date(2026, 2, 25), "Jakarta")]


def test_a_meeting_at_an_embassy_in_a_city_is_in_that_city_but_an_attache_at_one_names_no_venue() -> None:
    at_the_embassy = facts_of("date 2026-02-17\nToday, the Chief of the Department of International Cooperation of "
                              "the MIA of Russia, Police Lieutenant General Ivan Orlov, held a working meeting with "
                              "the Ambassador of the Republic of Peru to the Russian Federation, Luis Vega, at the "
                              "Embassy of the Republic of Peru in Moscow.")
    assert [m.place for m in at_the_embassy.meetings] == ["Moscow"]
    attache = facts_of("date 2026-02-17\nToday, the Chief of the Department of International Cooperation of the MIA "
                       "of Russia, Police Lieutenant General Ivan Orlov, held talks with the Legal Attach\u00e9 of the "
                       "Federal Bureau of Investigation at the Embassy of the United States of America in Moscow, "
                       "Karen White.")
    assert [m.place for m in attache.meetings] == [None]


def test_a_name_followed_by_a_body_and_a_role_is_a_person_with_that_title() -> None:
    f = facts_of("\u201cThe agreements will speed up the exchange of information,\u201d Olga Serova, MIA of Russia "
                 "Spokesperson, told journalists.")
    assert [(name, person.title) for name, person in f.persons.items()] == [
        ("Olga Serova", "MIA of Russia Spokesperson")]


def test_meeting_the_chief_of_a_body_visited_the_sentence_before_is_that_visit() -> None:
    f = facts_of("On 11 April, Ivan Orlov, Deputy Minister of Internal Affairs of the Russian Federation, visited the "
                 "headquarters of the Argentine Federal Police. He met with its Chief, Commissioner General Pablo "
                 "Ruiz. They discussed the search for fugitives.")
    assert [sorted(m.participants) for m in f.meetings] == [["Ivan Orlov", "Pablo Ruiz"]]


def test_ministers_who_agreed_to_meet_again_take_part_in_the_meeting_planned() -> None:
    f = facts_of("Today in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan Orlov held talks "
                 "with the Minister of Interior of the Islamic Republic of Pakistan Ali Khan. The ministers noted the "
                 "results of the Memorandum. They agreed to meet again in Islamabad next year.")
    assert [(m.status, m.place, m.participants) for m in f.meetings][-1] == (
        "planned", "Islamabad", ["Ivan Orlov", "Ali Khan"])


def test_a_body_presided_over_in_a_year_after_a_meeting_chaired_by_someone_is_a_chairmanship() -> None:
    f = facts_of("date 2025-12-20\nOn Friday, the final meeting of the year of the Coordinating Council of the Heads "
                 "of Competent Authorities for Countering Illicit Drug Trafficking of the CSTO Member States took "
                 "place by videoconference. It was chaired by the Chief of the Main Directorate for Drug Control of "
                 "the MIA of Russia, Police Lieutenant General Ivan Orlov: in 2025, the Council was presided over by "
                 "the Ministry of Internal Affairs of the Russian Federation.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Ministry of Internal Affairs of the Russian Federation", date(2025, 1, 1), date(2025, 12, 31))]


@pytest.mark.parametrize(("sentence", "planned"), [
    ("The first event of the Presidency will be the meeting of the Operational Committee in Kaliningrad on "
     "September 18-19.", True),
    ("The Minister noted that the Kaliningrad meeting would be the first event of this level held in the region.",
     False),
])
def test_what_will_be_a_meeting_announces_it(sentence: str, planned: bool) -> None:
    f = facts_of(f"date 2012-06-29\n{sentence}")
    assert any(m.status == "planned" for m in f.meetings) is planned


def test_what_the_interlocutors_of_sideline_talks_discussed_before_agreeing_to_meet_is_about_those_talks() -> None:
    f = facts_of("date 2018-03-05\nA meeting of the Paris Pact Initiative was held in Vienna on February 27-28. On "
                 "the sidelines of the meeting, the Chief of the Main Directorate for Drug Control of the MIA of "
                 "Russia Ivan Orlov held talks with the Secretary General of the Drug Control Headquarters of the "
                 "Islamic Republic of Iran Ali Karimi. The interlocutors discussed the results of joint controlled "
                 "deliveries of heroin, and agreed to hold a working meeting of experts in Tehran in the autumn.")
    held = [m for m in f.meetings if m.status == "held"]
    assert [m.topics for m in held] == [[], ["drug-trafficking"]]


@pytest.mark.parametrize(("text", "held"), [
    ("A working visit to the Kingdom of Thailand, in the course of which the safety of Russian tourists was "
     "discussed with the leadership of the Thai police, was completed yesterday by the First Deputy Minister of "
     "Internal Affairs of the Russian Federation Ivan Orlov.", []),
    ("The course for officers of the National Police of Peru was held from 5 to 9 August in Moscow.",
     [date(2019, 8, 5)]),
])
def test_in_the_course_of_names_no_course(text: str, held: list[date]) -> None:
    f = facts_of(f"date 2019-08-23\n{text}")
    assert [m.start for m in f.meetings if m.status == "held"] == held


def test_officers_taking_part_in_the_course_which_will_last_until_a_day_tell_its_end() -> None:
    f = facts_of("On 7 November 2016, a three-week training course for police officers began at the Regional Training "
                 "Centre of the MIA of Russia in Managua. Twenty-two officers of the National Police of Nicaragua and "
                 "the National Civil Police of Guatemala are taking part in the course, which will last until 25 "
                 "November.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2016, 11, 7), date(2016, 11, 25), "Managua")]
    assert {"Nicaragua", "Guatemala"} <= set(f.meetings[0].countries)


def test_for_the_first_time_the_meeting_was_attended_by_is_the_meeting_reported() -> None:
    f = facts_of("date 2024-06-06\nOn June 4-5, Kazan hosted a meeting of the BRICS Anti-Drug Working Group. For the "
                 "first time, the meeting was attended by representatives of the states that joined the association "
                 "on January 1, 2024 - Egypt, Iran and Ethiopia.")
    assert [(m.start, m.end) for m in f.meetings] == [(date(2024, 6, 4), date(2024, 6, 5))]
    assert {"Egypt", "Iran", "Ethiopia"} <= set(f.meetings[0].countries)


def test_a_session_of_senior_experts_that_preceded_the_meeting_is_its_own_and_not_the_parent_of_side_talks() -> None:
    f = facts_of("date 2024-06-06\nOn June 4-5, Kazan hosted a meeting of the BRICS Anti-Drug Working Group. The "
                 "meeting was preceded by a session of senior experts, held in Kazan on June 3. On the sidelines of "
                 "the meeting, the Chief of the Main Directorate for Drug Control of the MIA of Russia Ivan Orlov "
                 "held talks with the Director of the Anti-Narcotics General Administration of the Ministry of "
                 "Interior of the Arab Republic of Egypt Ahmed Samir.")
    assert [(m.start, m.end) for m in f.meetings] == [
        (date(2024, 6, 4), date(2024, 6, 5)), (date(2024, 6, 3), None), (None, None)]


def test_the_end_of_a_chairmanship_in_a_which_clause_does_not_end_the_meeting() -> None:
    f = facts_of("date 2012-04-12\nOn Tuesday, Sochi hosted a meeting of the Working Group. The meeting was organized "
                 "by the Ministry of Internal Affairs of the Russian Federation within the framework of the Russian "
                 "Chairmanship in the BSEC, which started on January 1 and will last until June 30, 2012.")
    assert [(m.start, m.end) for m in f.meetings] == [(date(2012, 4, 10), None)]


def test_a_city_that_would_host_the_olympic_games_plans_no_meeting() -> None:
    f = facts_of("date 2012-04-12\nOn Tuesday, Sochi hosted a meeting of the Working Group. The Deputy Minister "
                 "reminded the participants that in less than two years Sochi would host the XXII Olympic Winter "
                 "Games.")
    assert [m.status for m in f.meetings] == ["held"]


def test_a_ceremony_of_handing_over_donated_equipment_that_was_held_is_an_event() -> None:
    f = facts_of("On 12 October 2017, a ceremony of handing over specialized equipment donated by the Ministry of "
                 "Internal Affairs of the Russian Federation to the Ministry of Internal Affairs of the Republic of "
                 "Tajikistan was held in Dushanbe.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [("held", date(2017, 10, 12), "Dushanbe")]


def test_an_agreement_signed_following_talks_between_two_ministers_dates_their_meeting() -> None:
    f = facts_of("The Agreement was signed in Hanoi on 14 November 2019, following talks between the Minister of "
                 "Internal Affairs of the Russian Federation Ivan Orlov and the Minister of Public Security of the "
                 "Socialist Republic of Vietnam Tran Khai.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2019, 11, 14), "Hanoi", ["Ivan Orlov", "Tran Khai"])]


def test_the_bodies_a_course_s_students_represented_are_its_parties() -> None:
    f = facts_of("Twenty officers have completed a course at the Regional Training Centre of the MIA of Russia in "
                 "Managua. The course was held from 4 to 15 March 2019. The students represented the National Police "
                 "of Nicaragua and the National Civil Police of El Salvador.")
    assert {"Nicaragua", "El Salvador"} <= set(f.meetings[0].countries)


def test_a_world_cup_which_will_be_held_in_russian_cities_plans_no_meeting() -> None:
    f = facts_of("date 2018-05-31\nOn Tuesday, the Deputy Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov met in Moscow with police attach\u00e9s of foreign diplomatic missions. The meeting was "
                 "devoted to ensuring law and order during the World Cup, which will be held in eleven Russian cities "
                 "from June 14 to July 15.")
    assert [m.status for m in f.meetings] == ["held"]


def test_a_spanish_police_rank_is_no_part_of_the_name() -> None:
    f = facts_of("The meeting was attended by the police attach\u00e9 of the Embassy of the Argentine Republic, "
                 "Comisario Pablo Ruiz.")
    assert list(f.persons) == ["Pablo Ruiz"]


def test_a_day_named_with_the_day_after_another_event_is_the_day_named() -> None:
    f = facts_of("date 2018-06-14\nA final meeting of the Centre will be held on July 16, the day after the final "
                 "match.")
    assert [(m.status, m.start) for m in f.meetings] == [("planned", date(2018, 7, 16))]


def test_it_will_take_place_right_after_a_planned_event_tells_where_and_when() -> None:
    f = facts_of("date 2016-11-30\nThe parties agreed to hold a joint regional seminar for experts on countering the "
                 "sale of drugs via the Internet. It will take place in Moscow in February 2017.")
    assert [(m.status, m.place) for m in f.meetings] == [("planned", "Moscow")]


def test_a_delegation_received_at_the_headquarters_of_a_body_on_a_day_visits_it() -> None:
    f = facts_of("date 2015-04-10\nThe Deputy Minister of Internal Affairs of the Russian Federation Oleg Sedov held "
                 "talks in Lisbon with the Minister of Internal Administration of Portugal Rui Costa on April 8. On "
                 "April 9, the Russian Deputy Minister was received at the headquarters of the Judicial Police in "
                 "Lisbon. Its National Director Ana Ramos spoke about the fight against cybercrime.")
    visit = f.meetings[-1]
    assert (len(f.meetings), str(visit.start), visit.place) == (2, "2015-04-09", "Lisbon")
    assert visit.participants == ["Oleg Sedov", "Ana Ramos"]


def test_the_prefect_of_a_city_is_a_post_and_a_day_before_a_title_is_not_part_of_it() -> None:
    f = facts_of("date 2015-04-10\nYesterday Deputy Minister Oleg Sedov met in Milan with the Prefect of Milan "
                 "Carla Neri and the Chief of the State Police, Prefect Bruno Greco. The DEA Administrator Mary Vance "
                 "attended.")
    assert f.persons["Carla Neri"].title == "Prefect of Milan"
    # (there "Prefect" is his rank; and the acronym "GRECO" of a body does not make "Greco" a word of no name)
    assert f.persons["Bruno Greco"].title == "Chief of the State Police"
    assert f.persons["Oleg Sedov"].title == "Deputy Minister"
    assert (f.persons["Mary Vance"].title, f.persons["Mary Vance"].agency) == ("DEA Administrator",
                                                                              "Drug Enforcement Administration")


def test_officers_from_states_who_completed_a_development_programme_and_the_days_its_classes_lasted() -> None:
    f = facts_of("date 2016-06-03\nPolice officers from the Kingdom of Thailand and the Socialist Republic of Vietnam "
                 "have completed a professional development programme at the East Siberian Institute of the MIA of "
                 "Russia in Irkutsk. The classes lasted from 16 May to 2 June. The next course will be held at the "
                 "Institute in March 2017.")
    held, planned = f.meetings
    assert (held.status, str(held.start), str(held.end), held.place) == ("held", "2016-05-16", "2016-06-02", "Irkutsk")
    assert {"Thailand", "Vietnam"} <= set(held.countries)
    assert (planned.status, planned.place) == ("planned", "Irkutsk")  # the Institute named before, in Irkutsk


def test_a_ceremony_held_to_hand_over_donated_vehicles_is_an_event() -> None:
    f = facts_of("date 2019-04-12\nYesterday in Dushanbe, a ceremony was held to hand over patrol cars donated by the "
                 "Ministry of Internal Affairs of the Russian Federation to the Ministry of Internal Affairs of the "
                 "Republic of Tajikistan. The cars were handed over by the Deputy Minister of Internal Affairs of "
                 "the Russian Federation Pavel Lukin.")
    [event] = f.meetings
    assert (event.status, str(event.start), event.place) == ("held", "2019-04-11", "Dushanbe")
    assert "Pavel Lukin" in event.participants


def test_officers_undergoing_an_internship_on_days_named_first() -> None:
    f = facts_of("From 3 to 14 March 2025, officers of the National Police of Colombia are undergoing an internship at "
                 "the Main Directorate of the MIA of Russia for the Omsk Region.")
    [course] = f.meetings
    assert (course.status, str(course.start), str(course.end)) == ("held", "2025-03-03", "2025-03-14")
    assert "Colombia" in course.countries


def test_without_a_date_line_a_day_takes_its_year_from_a_day_written_later_in_the_paragraph() -> None:
    f = facts_of("A training course on countering cybercrime for police officers of Cuba opened on 9 October at the "
                 "Volgograd Academy of the MIA of Russia. The classes will continue until 27 October 2023.\n\n"
                 "The Agreement on the Academy's cooperation with Cuba was signed on 4 April 2019.")
    [course] = f.meetings
    assert (str(course.start), str(course.end), course.place) == ("2023-10-09", "2023-10-27", "Volgograd")


def test_states_and_bodies_who_took_part_as_observers_are_no_parties() -> None:
    f = facts_of("date 2023-09-12\nYesterday in Astana, the Ministers of Internal Affairs of Kazakhstan and Russia "
                 "held talks. Officers of Mongolia and Turkey, as well as experts of UNODC, took part as observers.")
    [talks] = f.meetings
    assert not {"Mongolia", "Turkey"} & set(talks.countries)


def test_a_street_and_a_conference_centre_are_neither_person_nor_body() -> None:
    f = facts_of("date 2014-10-22\nOn Tuesday, in the building of the Ministry on Petrovka Street, the Minister of "
                 "Internal Affairs of the Russian Federation Ivan Orlov held talks with the Minister of the Interior "
                 "of the Italian Republic Marco Neri. In June, the Sochi International Congress Center will host the "
                 "next meeting of the Working Group.")
    assert sorted(f.persons) == ["Ivan Orlov", "Marco Neri"]
    assert not [name for name in f.agencies if "Center" in name]


def test_a_meeting_preceded_by_a_two_day_session_that_opened_on_a_weekday() -> None:
    f = facts_of("date 2013-04-04\nOn Wednesday, in Moscow, the First Deputy Minister of Internal Affairs of the "
                 "Russian Federation Ivan Orlov received the President of the Police of the Czech Republic Jan Novak. "
                 "The meeting was preceded by a two-day session of the Russian-Czech Working Group on Combating "
                 "Organized Crime, which opened on Tuesday. The session was co-chaired by the Chief of the Main "
                 "Directorate of Criminal Investigation of the MIA of Russia Pavel Lukin and the Director of the "
                 "Unit for Combating Organized Crime of the Police of the Czech Republic Karel Dvorak.")
    talks, session = f.meetings
    assert (str(talks.start), talks.participants) == ("2013-04-03", ["Ivan Orlov", "Jan Novak"])
    assert (str(session.start), session.participants) == ("2013-04-02", ["Pavel Lukin", "Karel Dvorak"])


def test_a_minister_getting_acquainted_with_the_work_of_a_centre_today_visits_it() -> None:
    f = facts_of("date 2021-07-15\nYesterday, the Minister of Internal Affairs of the Russian Federation Ivan Orlov "
                 "held talks in Moscow with the Minister of Interior of the Republic of Iraq Ali Hassan. Today, Ali "
                 "Hassan is getting acquainted with the work of the Forensic Centre of the MIA of Russia, where he is "
                 "being received by its Chief Olga Serova.")
    talks, visit = f.meetings
    assert (str(visit.start), visit.participants) == ("2021-07-15", ["Ali Hassan", "Olga Serova"])
    assert "Olga Serova" not in talks.participants


def test_classes_will_continue_until_a_day_ends_the_course_opened() -> None:
    f = facts_of("date 2021-11-10\nA training course on countering drug trafficking for officers of the National "
                 "Police of Peru opened on 8 November at the Saint Petersburg University of the MIA of Russia. Classes "
                 "will continue until 19 November.")
    [course] = f.meetings
    assert (str(course.start), str(course.end)) == ("2021-11-08", "2021-11-19")


def test_documents_agreed_the_day_before_at_consultations_of_experts_and_the_meeting_told_after() -> None:
    f = facts_of("date 2019-06-07\nToday in Pskov, a joint meeting of the collegia of the Ministry of Internal "
                 "Affairs of the Russian Federation and the Ministry of Internal Affairs of the Republic of Belarus "
                 "took place. It was chaired by the Minister of Internal Affairs of the Russian Federation Ivan Orlov "
                 "and the Minister of Internal Affairs of the Republic of Belarus Pavel Zhuk. The draft documents were "
                 "agreed yesterday, also in Pskov, at consultations of experts of the two ministries. The Russian "
                 "experts were led by Colonel Pavel Lukin, the Belarusian ones by Colonel Ales Kot. Opening the "
                 "meeting, Ivan Orlov spoke about the fight against drug trafficking.")
    main, experts = f.meetings
    assert (str(experts.start), experts.participants) == ("2019-06-06", ["Pavel Lukin", "Ales Kot"])
    assert (main.topics, experts.topics) == (["drug-trafficking"], [])


def test_a_meeting_prepared_at_online_consultations_of_experts() -> None:
    f = facts_of("date 2021-11-19\nToday, a meeting of the Russian-Chinese Working Group on drug control was held by "
                 "videoconference. The meeting was prepared on Tuesday at online consultations of the Working Group's "
                 "experts.")
    assert [str(m.start) for m in f.meetings] == ["2021-11-19", "2021-11-16"]


def test_talks_on_the_sidelines_of_the_meeting_after_a_previous_meeting_recalled_are_where_the_meeting_is() -> None:
    f = facts_of("date 2013-05-31\nOn 29-30 May, the meeting of the Council of Ministers of Internal Affairs of the "
                 "CIS Member States was held in Minsk. Pursuant to the decisions of the previous meeting of the "
                 "Council, held in Astana in September 2012, the heads of delegations heard a report on the search for "
                 "fugitives. On 30 May, on the sidelines of the meeting, the Minister of Internal Affairs of the "
                 "Russian Federation Ivan Orlov and the Minister of Internal Affairs of the Republic of Belarus Pavel "
                 "Zhuk held bilateral talks.")
    talks = f.meetings[-1]
    assert (str(talks.start), talks.place) == ("2013-05-30", "Minsk")


def test_according_to_the_spokesperson_the_talks_were_attended_by_more_people() -> None:
    f = facts_of("date 2018-06-07\n“Today in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov held talks with the Minister of Internal Affairs of the Republic of Azerbaijan Elchin Aliyev,” "
                 "the Official Representative of the MIA of Russia Olga Serova reported. According to her, the talks "
                 "were attended on the Russian side by the Chief of the Main Directorate for Drug Control of the MIA "
                 "of Russia Pavel Lukin.")
    [talks] = f.meetings
    assert talks.participants == ["Ivan Orlov", "Elchin Aliyev", "Pavel Lukin"]


def test_a_deputy_ministers_portfolio_of_several_words_is_not_part_of_the_ministry() -> None:
    f = facts_of("date 2022-08-11\nThe Iranian delegation was headed by the Deputy Minister of Interior of the Islamic "
                 "Republic of Iran for Security and Law Enforcement Affairs Ali Moradi.")
    assert f.persons["Ali Moradi"].agency == "Ministry of Interior of the Islamic Republic of Iran"


def test_officers_who_will_undergo_advanced_training_from_a_day_to_a_day_plan_a_course() -> None:
    f = facts_of("date 2026-01-28\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov met with the Inspector-General of the Ghana Police Service Kofi Mensah. The parties agreed "
                 "that 20 Ghanaian police officers will undergo advanced training at the Moscow University of the MIA "
                 "of Russia from March 2 to March 27 this year. Next year, more officers will undergo training there.")
    course = f.meetings[-1]  # (the training of next year, undated, is not told as an event)
    assert len(f.meetings) == 2
    assert (course.status, str(course.start), str(course.end)) == ("planned", "2026-03-02", "2026-03-27")


def test_talks_prepared_at_expert_level_consultations_held_there_yesterday() -> None:
    f = facts_of("date 2021-11-18\nToday in New Delhi, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov held talks with the Home Secretary of India Ravi Kumar. The talks were "
                 "prepared at expert-level consultations held there yesterday. The Russian experts were led by Colonel "
                 "Pavel Lukin. At today's meeting, Ivan Orlov and Ravi Kumar discussed drug trafficking.")
    talks, experts = f.meetings
    assert (str(experts.start), experts.place, experts.participants) == ("2021-11-17", "New Delhi", ["Pavel Lukin"])
    assert talks.participants == ["Ivan Orlov", "Ravi Kumar"]


def test_a_session_preceded_on_a_day_by_a_meeting_of_its_working_group_of_experts() -> None:
    f = facts_of("date 2017-09-15\nOn 14-15 September, the session of the Coordinating Council of the CSTO Member "
                 "States on Countering Illegal Migration was held in Yerevan. The session was preceded on 13 September "
                 "by a meeting of the Council's working group of experts held at the same venue.")
    session, experts = f.meetings
    assert (str(session.start), str(experts.start), experts.place) == ("2017-09-14", "2017-09-13", "Yerevan")


def test_the_days_of_a_guests_visit_do_not_date_the_talks_told_on_another_day() -> None:
    f = facts_of("date 2023-10-12\nYesterday in Moscow, the Minister of Internal Affairs of the Russian Federation "
                 "Ivan Orlov held talks with the Director General of National Security of Algeria Karim Haddad, who "
                 "is in Russia on an official visit from 10 to 13 October.")
    [talks] = f.meetings
    assert (str(talks.start), talks.end) == ("2023-10-11", None)


@pytest.mark.parametrize(("text", "expected"), [
    # a term that began on a day and lasts "until the end of the year" (not: ends on the day it began)
    ("date 2024-05-14\nThe forum opened the programme of the chairmanship of the Russian Federation in BRICS, which "
     "began on 1 January 2024 and will last until the end of the year.",
     {("Russia", "BRICS", date(2024, 1, 1), date(2024, 12, 31))}),
    ("date 2024-03-02\nThe Russian Federation holds the chairmanship in BRICS until 30 June 2024.",
     {("Russia", "BRICS", None, date(2024, 6, 30))}),
    # "X was elected to chair the Council in 2018"
    ("date 2017-11-23\nYesterday the Coordinating Council of the CSTO met in Yerevan. The Ministry of Internal Affairs "
     "of the Republic of Kazakhstan was elected to chair the Coordinating Council in 2018.",
     {("Ministry of Internal Affairs of the Republic of Kazakhstan", "Coordinating Council of the CSTO",
       date(2018, 1, 1), date(2018, 12, 31))}),
    # "<state> Chairmanship-in-Office of <holder>, which runs from ... to ...", then "will pass to" after a body's name
    ("date 2021-03-18\nThe working group met in Varna under the BSEC Chairmanship-in-Office of the Republic of "
     "Bulgaria, which runs from 1 January to 30 June 2021. On 1 July 2021, the BSEC Chairmanship-in-Office will pass "
     "to Georgia.",
     {("Bulgaria", "Organization of the Black Sea Economic Cooperation", date(2021, 1, 1), date(2021, 6, 30)),
      ("Georgia", "Organization of the Black Sea Economic Cooperation", date(2021, 7, 1), None)}),
    ("date 2025-06-18\nThe ministers met in Tianjin. At the coming summit, the SCO chairmanship will be handed over to "
     "the Republic of Tajikistan.", {("Tajikistan", _SCO, None, None)}),
    # from one police to another, the second for a span of years (not the days of an event told in a which-clause)
    ("date 2019-11-20\nIt was announced that from 1 January 2020 the presidency of AMERIPOL will pass from the "
     "National Police of Colombia to the National Police of Ecuador, which will lead the Community in 2020-2021.",
     {("National Police of Colombia", "Police Community of the Americas", None, date(2019, 12, 31)),
      ("National Police of the Republic of Ecuador", "Police Community of the Americas", date(2020, 1, 1),
       date(2021, 12, 31))}),
    ("date 2024-05-16\nThe chairmanship of the SCO will pass from Kazakhstan to China at the end of the summit, which "
     "will be held in Astana on July 3-4.",
     {("Kazakhstan", _SCO, None, date(2024, 7, 4)), ("China", _SCO, date(2024, 7, 4), None)}),
    # "B took over the chairmanship from A, which presided over the Council in 2025"
    ("date 2026-02-10\nIn 2026, the Ministry of Internal Affairs of the Republic of Belarus chairs the Council of "
     "Ministers of Internal Affairs of the CIS Member States. The Belarusian Ministry took over the chairmanship from "
     "the Ministry of Internal Affairs of the Republic of Armenia, which presided over the Council in 2025.",
     {("Ministry of Internal Affairs of the Republic of Belarus",
       "Council of Ministers of Internal Affairs of the CIS Member States", date(2026, 1, 1), date(2026, 12, 31)),
      ("Ministry of Internal Affairs of the Republic of Armenia",
       "Council of Ministers of Internal Affairs of the CIS Member States", date(2025, 1, 1), date(2025, 12, 31))}),
    # "will chair it next year": the body the sentence named
    ("date 2021-10-08\nYesterday, the Council of Ministers of Internal Affairs of the CIS Member States met in Baku. "
     "The Council decided that the Republic of Uzbekistan will chair it next year.",
     {("Uzbekistan", "Council of Ministers of Internal Affairs of the CIS Member States", date(2022, 1, 1),
       date(2022, 12, 31))}),
    ("date 2021-10-08\nYesterday, the Council of Ministers of Internal Affairs of the CIS Member States met in Baku. "
     "The next meeting of the Council will be held in Tashkent in May, and the Minister of Internal Affairs of "
     "Uzbekistan will chair it.", set()),
    # "The conference decided that from 1 January 2023 <body> will be chaired by B, which takes over from A"
    ("date 2022-11-24\nThe conference decided that from 1 January 2023 the Interpol Asian Committee will be chaired "
     "by the Royal Thai Police, which takes over from the Korean National Police Agency.",
     {("Royal Thai Police", "Interpol Asian Committee", date(2023, 1, 1), None),
      ("Korean National Police Agency", "Interpol Asian Committee", None, date(2022, 12, 31))}),
    ("date 2018-04-20\nSince 1 January 2018, the Working Group has been chaired by the Royal Thai Police, which took "
     "over from the Korean National Police Agency, the chair of the Group in 2016-2017.",
     set()),  # (no body known by "the Working Group": nothing, rather than a guess)
    ("date 2018-04-20\nSince 1 January 2018, the Interpol Asian Committee has been chaired by the Royal Thai Police, "
     "which took over from the Korean National Police Agency, the chair of the Committee in 2016-2017.",
     {("Royal Thai Police", "Interpol Asian Committee", date(2018, 1, 1), None),
      ("Korean National Police Agency", "Interpol Asian Committee", date(2016, 1, 1), date(2017, 12, 31))}),
    ("date 2015-05-20\nThe Interpol Asian Committee itself has been chaired by the Kingdom of Thailand since "
     "March 2014.", {("Thailand", "Interpol Asian Committee", None, None)}),
])
def test_chairmanship_phrasings_of_multilateral_bodies(text: str, expected: set[tuple[object, ...]]) -> None:
    f = facts_of(text)
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == expected


def test_a_chair_elected_by_a_session_holds_it_from_its_last_day_and_ends_the_term_of_the_one_before() -> None:
    f = facts_of("date 2018-04-12\nThe Interpol European Regional Conference was held in Riga from 9 to 11 April. On "
                 "the closing day, the conference elected Maria Lopez, Deputy Director General of the National Police "
                 "of Spain, as Chairperson of the Interpol European Committee for the next two years. She succeeded a "
                 "representative of the Hellenic Police, who had chaired the Committee since 2014.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Spanish National Police", "Interpol European Committee", date(2018, 4, 11), None),
        ("Hellenic Police", "Interpol European Committee", None, date(2018, 4, 11))}


def test_an_elected_chairman_takes_the_chair_on_the_last_day_of_the_session() -> None:
    f = facts_of("date 2020-06-05\nOn 3 and 4 June 2020, the Council of Heads of Migration Agencies of the CIS Member "
                 "States met in Minsk. The Chief of the Main Directorate for Migration of the MIA of Russia Yuri "
                 "Sokolov was elected Chairman of the Council.")
    assert [(c.start, c.end) for c in f.chairmanships] == [(date(2020, 6, 4), None)]


@pytest.mark.parametrize("text", [
    "date 2019-09-27\nThe 30th Interpol Asian Regional Conference, which opened in Manila on Wednesday, closed today.",
    "date 2019-09-27\nThe 30th Interpol Asian Regional Conference opened in Manila on Wednesday and closed today.",
    "date 2019-09-27\nThe 30th Interpol Asian Regional Conference, which opened in Manila on 25 September, closed on "
    "27 September.",
])
def test_a_session_that_opened_on_one_day_and_closed_on_another_lasts_from_one_to_the_other(text: str) -> None:
    [conference] = facts_of(text).meetings
    assert (conference.start, conference.end) == (date(2019, 9, 25), date(2019, 9, 27))


def test_a_directorate_general_is_a_body_and_two_police_forces_joined_by_to_are_two() -> None:
    f = facts_of("The presidency passed from the National Police of Peru to the National Police of Chile. The "
                 "Directorate General of National Security of the Kingdom of Morocco sent a delegation.")
    assert {"National Police of Peru", "Directorate General of National Security of the Kingdom of Morocco"} <= \
        set(f.agencies)
    assert not any(" to the " in name for name in f.agencies)


def test_a_visit_on_the_second_day_of_a_meeting_to_a_body_whose_head_is_named_is_a_meeting_of_its_own() -> None:
    f = facts_of("date 2022-06-10\nOn June 8-9, 2022, Omsk hosted a working meeting of the Main Directorate of the MIA "
                 "of Russia for the Omsk Region and the Police Department of North Kazakhstan Region. The Kazakh "
                 "delegation was headed by Police Colonel Arman Seitkali.\n\nOn the second day, Arman Seitkali and the "
                 "members of his delegation visited the Expert and Forensic Centre of the Main Directorate, where its "
                 "Chief, Police Colonel Vera Lugovaya, showed them a new laboratory.")
    session, visit = f.meetings
    assert (session.start, session.end) == (date(2022, 6, 8), date(2022, 6, 9))
    assert (visit.start, visit.place, visit.participants) == (date(2022, 6, 9), "Omsk",
                                                              ["Arman Seitkali", "Vera Lugovaya"])


def test_a_site_visited_on_the_second_day_by_the_same_delegations_is_part_of_their_meeting() -> None:
    f = facts_of("date 2022-06-10\nOn June 8-9, 2022, Omsk hosted a working meeting of the Main Directorate of the MIA "
                 "of Russia for the Omsk Region and the Police Department of North Kazakhstan Region. The Kazakh "
                 "delegation was headed by Police Colonel Arman Seitkali. On the second day, the delegations visited "
                 "the Isilkul automobile checkpoint.")
    [session] = f.meetings
    assert (session.start, session.end) == (date(2022, 6, 8), date(2022, 6, 9))


def test_a_delegation_that_flew_to_a_city_met_there() -> None:
    f = facts_of("date 2012-05-17\nOn 14 May, in Astana, the Minister of Internal Affairs of the Russian Federation "
                 "Pavel Gromov held talks with the Minister of Internal Affairs of the Republic of Kazakhstan Arman "
                 "Seitkali. On 15 May, the delegation flew to Uralsk, where Pavel Gromov and Arman Seitkali took part "
                 "in a meeting of the heads of police of the border regions.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2012, 5, 14), "Astana"), (date(2012, 5, 15), "Oral")]


def test_a_minister_who_continued_his_programme_at_a_body_and_later_in_the_day_visited_another() -> None:
    f = facts_of("date 2024-05-16\nThe Minister of Internal Affairs of the Russian Federation Pavel Gromov is on an "
                 "official visit to Mongolia. Yesterday in Ulaanbaatar, he held talks with the Minister of Justice and "
                 "Home Affairs of Mongolia Batbold Ganzorig.\n\nToday the Russian Minister continued his programme at "
                 "the National Police Agency of Mongolia. Its Head, Police Colonel Tumur Bayar, showed the guest its "
                 "duty unit.\n\nLater in the day, Pavel Gromov visited the Law Enforcement University of Mongolia, "
                 "where he met with its Rector, Colonel Saran Oyun.")
    talks, agency, university = f.meetings
    assert talks.start == date(2024, 5, 15)
    assert (agency.start, agency.participants) == (date(2024, 5, 16), ["Pavel Gromov", "Tumur Bayar"])
    assert (university.start, university.participants) == (date(2024, 5, 16), ["Pavel Gromov", "Saran Oyun"])


def test_a_guests_stages_told_as_the_programme_continuing_in_a_city_and_by_his_title() -> None:
    f = facts_of("date 2019-04-12\nThe official visit to the Russian Federation of the Minister of the Interior of the "
                 "Republic of Tunisia, Hedi Mansour, which began on Monday, ended today in Saint Petersburg.\n\nOn "
                 "Monday, the Minister of Internal Affairs of the Russian Federation Pavel Gromov held talks with his "
                 "Tunisian counterpart in Moscow.\n\nOn Wednesday, the programme of the visit continued in Saint "
                 "Petersburg. Hedi Mansour visited the Main Directorate of the MIA of Russia for Saint Petersburg and "
                 "the Leningrad Region, where its Chief, Police Major General Oleg Rudin, told him about the city's "
                 "video surveillance.\n\nToday, before his departure for Tunis, the Tunisian Minister talked to the "
                 "Chief of the Saint Petersburg University of the MIA of Russia, Police Colonel Ilya Vetrov, and to "
                 "Tunisian cadets studying there.")
    assert f.persons["Hedi Mansour"].title == "Minister of the Interior of the Republic of Tunisia"
    talks, stage, today = f.meetings
    assert (talks.start, talks.place) == (date(2019, 4, 8), "Moscow")
    assert (stage.start, stage.place, stage.participants) == (date(2019, 4, 10), "Saint Petersburg",
                                                              ["Hedi Mansour", "Oleg Rudin"])
    assert "Main Directorate of the MIA of Russia for Saint Petersburg and the Leningrad Region" in stage.agencies
    assert (today.start, today.place, set(today.participants)) == (date(2019, 4, 12), "Saint Petersburg",
                                                                   {"Hedi Mansour", "Ilya Vetrov"})


def test_talking_to_cadets_during_a_visit_is_part_of_it() -> None:
    f = facts_of("date 2021-09-16\nOn 14 September, the Minister of Internal Affairs of the Russian Federation Pavel "
                 "Gromov held talks with the Minister of the Interior of the Republic of Serbia Dragan Ilic in "
                 "Moscow.\n\nOn 15 September, the guests visited the Moscow University of the MIA of Russia, where "
                 "they were welcomed by the Head of the University, Police Major General Oleg Zimin. The Serbian "
                 "Minister talked to Serbian police officers who are taking a course at the University.")
    assert len(f.meetings) == 2


def test_the_russian_minister_announcing_a_round_of_meetings_is_no_meeting_of_its_own() -> None:
    f = facts_of("date 2023-03-10\nFrom 7 to 9 March 2023, a delegation of the MIA of Russia led by the Deputy "
                 "Minister of Internal Affairs of the Russian Federation Pavel Gromov took part in the World Police "
                 "Summit in Dubai. On the sidelines of the summit, the Russian Deputy Minister held a series of "
                 "bilateral meetings. On 8 March, he met with the Inspector General of Police of Kenya Daniel Otieno.")
    assert len(f.meetings) == 2


def test_two_officials_who_co_chaired_a_meeting_held_it() -> None:
    f = facts_of("date 2019-06-18\nYesterday in Harbin, the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Pavel Gromov and the Vice Minister of Public Security of the People's Republic of China "
                 "Li Wenhua co-chaired a meeting of the heads of police of the border regions of the two countries.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.start, meeting.place) == ("held", date(2019, 6, 17), "Harbin")
    assert meeting.participants == ["Pavel Gromov", "Li Wenhua"]


def test_two_bodies_joined_by_and_of_are_not_one_name() -> None:
    assert set(facts_of("Officers of the Finnish Border Guard and of Norwegian Customs attended.").agencies) == {
        "Finnish Border Guard"}  # (a state's customs named by its demonym alone is no name the extractor knows)


@pytest.mark.parametrize(("text", "days"), [
    ("date 2015-03-06\nThe regional seminar on migration completed its two-day work today in Kazan.",
     (date(2015, 3, 5), date(2015, 3, 6))),
    ("date 2015-03-06\nThe three-day meeting of the working group ended yesterday in Minsk.",
     (date(2015, 3, 3), date(2015, 3, 5))),
    ("date 2015-03-06\nThe two-day meeting of the working group opened today in Minsk.", (date(2015, 3, 6), None)),
])
def test_an_event_of_some_days_that_ended_on_a_day_began_the_days_before(text: str, days: tuple) -> None:
    [event] = facts_of(text).meetings
    assert (event.start, event.end) == days


def test_a_liaison_officer_of_the_ministry_posted_to_an_embassy_names_two_bodies() -> None:
    f = facts_of("The sides discussed the posting of a liaison officer of the MIA of Russia to the Russian Embassy in "
                 "Lima in 2021.")
    assert not any(" to the " in name for name in f.agencies)


@pytest.mark.parametrize(("text", "day"), [
    ("date 2016-08-29\nThe results of the joint operation were summed up on Friday at a working meeting of the "
     "leadership of the two police services.", date(2016, 8, 26)),
    ("date 2016-08-29\nThe joint operation, which was carried out on Friday, was discussed at a meeting of the "
     "leadership of the two police services.", None),
])
def test_the_day_a_joint_operation_was_summed_up_dates_the_meeting_not_the_day_it_was_carried_out(
        text: str, day: date | None) -> None:
    [meeting] = facts_of(text).meetings
    assert meeting.start == day


@pytest.mark.parametrize(("text", "expected"), [
    # "will chair X, taking over from A, which presided over X in <year>": each its own term
    ("date 2021-12-20\nIn 2022, the Republic of Kazakhstan will chair the Commonwealth of Independent States, taking "
     "over from the Republic of Belarus, which presided over the CIS in 2021.",
     {("Kazakhstan", "Commonwealth of Independent States", date(2022, 1, 1), date(2022, 12, 31)),
      ("Belarus", "Commonwealth of Independent States", date(2021, 1, 1), date(2021, 12, 31))}),
    # "the Conference elected X to chair Y ..., taking over from Z"
    ("date 2016-11-24\nThe Conference elected the Republic of Indonesia to chair the Interpol Asian Committee for the "
     "next two years, taking over from Malaysia.",
     {("Indonesia", "Interpol Asian Committee", None, None), ("Malaysia", "Interpol Asian Committee", None, None)}),
    # a chair handed over by a person named before with his agency
    ("date 2014-09-20\nThe Conference was opened by the Inspector-General of the Royal Malaysia Police, Ahmad Razak, "
     "who had presided over ASEANAPOL for the past year. At the closing ceremony on 19 September, Ahmad Razak handed "
     "over the chairmanship of ASEANAPOL to the Chief of the Myanmar Police Force, Police Major General Aung Min.",
     {("Royal Malaysia Police", "ASEAN National Police", None, date(2014, 9, 19)),
      ("Myanmar Police Force", "ASEAN National Police", date(2014, 9, 19), None)}),
    # "which has chaired the SCO since ... and will hand the chairmanship over to China on ...": until then
    ("date 2024-05-20\nThe forum was one of the events of the chairmanship of the Republic of Kazakhstan, which has "
     "chaired the SCO since 4 July 2023 and will hand the chairmanship over to the People's Republic of China on "
     "4 July 2024.",
     {("Kazakhstan", _SCO, date(2023, 7, 4), date(2024, 7, 4)), ("China", _SCO, date(2024, 7, 4), None)}),
    # "during the Russian chairmanship of the association in 2024": the body named before
    ("date 2026-03-20\nThe parties discussed India's chairmanship in BRICS in 2026. The Deputy Minister recalled that "
     "during the Russian chairmanship of the association in 2024 cooperation had grown.",
     {("India", "BRICS", date(2026, 1, 1), date(2026, 12, 31)), ("Russia", "BRICS", date(2024, 1, 1),
                                                                 date(2024, 12, 31))}),
])
def test_chairmanships_taken_over_elected_handed_over_and_of_the_association(text: str,
                                                                              expected: set[tuple]) -> None:
    assert {(c.holder, c.body, c.start, c.end) for c in facts_of(text).chairmanships} == expected


def test_the_meeting_organized_as_part_of_a_programme_is_the_one_reported() -> None:
    f = facts_of("date 2013-04-18\nOn 16-17 April 2013, Kaliningrad hosted the regular meeting of the Task Force "
                 "against Trafficking in Human Beings of the Council of the Baltic Sea States. The Russian Federation "
                 "holds the Presidency of the Council of the Baltic Sea States from July 1, 2012, to June 30, 2013, "
                 "and the meeting was organized as part of the Russian Presidency programme. The meeting was opened "
                 "by Police Major General Ivan Zorin.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.participants) == (date(2013, 4, 16), ["Ivan Zorin"])


@pytest.mark.parametrize(("text", "expected"), [
    ("date 2017-05-20\nThe Interpol European Regional Conference was held in Tallinn from 17 to 19 May. At the final "
     "session on 19 May, the Conference elected the representative of the Spanish National Police as Chair of the "
     "Interpol European Committee for the next two years.",
     {("Spanish National Police", "Interpol European Committee", date(2017, 5, 19), None)}),
    ("date 2019-04-02\nOn April 1, the Republic of South Africa assumed the chairmanship of BRICS. The South African "
     "chairmanship will last until December 31, 2019, when it will be handed over to the Federative Republic of "
     "Brazil.",
     {("South Africa", "BRICS", date(2019, 4, 1), date(2019, 12, 31)), ("Brazil", "BRICS", date(2019, 12, 31), None)}),
    ("date 2023-05-02\nThe talks touched on AMERIPOL: the Federal Police of Brazil was elected to head the "
     "organization for a two-year term.",
     {("Federal Police of Brazil", "Police Community of the Americas", None, None)}),
    ("date 2026-03-06\nIndia, which holds the BRICS chairmanship in 2026, hosted a meeting of the BRICS Anti-Drug "
     "Working Group in New Delhi on March 3-4.", {("India", "BRICS", date(2026, 1, 1), date(2026, 12, 31))}),
])
def test_chairs_elected_by_representative_handed_over_when_a_term_ends_and_held_by_a_host(
        text: str, expected: set[tuple]) -> None:
    assert {(c.holder, c.body, c.start, c.end) for c in facts_of(text).chairmanships} == expected


def test_a_minister_who_went_to_an_academy_on_a_day_met_there_in_the_city_of_his_stay() -> None:
    f = facts_of("date 2012-06-06\nOn 4 June, a joint meeting of the Boards of the Ministries of Internal Affairs of "
                 "Russia and Belarus was held in Minsk. The previous joint meeting took place in Moscow. On 5 June, "
                 "the Minister of Internal Affairs of the Russian Federation Pavel Gromov went to the Academy of the "
                 "Ministry of Internal Affairs of the Republic of Belarus, where its Head, Major General of Militia "
                 "Ivan Sidorenko, showed him the training centre.")
    visit = f.meetings[-1]
    assert (visit.start, visit.place, visit.participants) == (date(2012, 6, 5), "Minsk", ["Pavel Gromov",
                                                                                      "Ivan Sidorenko"])


def test_a_session_prepared_by_its_working_group_of_experts_which_met_the_day_before() -> None:
    f = facts_of("date 2018-11-17\nOn 15-16 November, the Coordinating Council of the CSTO met in Minsk. The session "
                 "was prepared by the Council's Working Group of Experts, which met in Minsk on November 14.")
    session, experts = f.meetings
    assert (session.start, experts.start, experts.place) == (date(2018, 11, 15), date(2018, 11, 14), "Minsk")


def test_the_working_group_just_reported_meeting_in_an_enlarged_composition_is_the_same_meeting() -> None:
    f = facts_of("date 2024-06-21\nToday in Kazan, the two-day meeting of the BRICS Anti-Drug Working Group came to an "
                 "end. The meeting was opened by the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Pavel Gromov.\n\nFor the first time, the Working Group met in its enlarged composition: "
                 "delegations of Brazil, Egypt, India and China took part in the discussions.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.end, meeting.participants) == (date(2024, 6, 20), date(2024, 6, 21),
                                                                  ["Pavel Gromov"])
    assert {"Brazil", "Egypt", "India", "China"} <= set(meeting.countries)


def test_the_start_of_a_citys_name_after_a_title_is_no_person() -> None:
    f = facts_of("Today the delegation arrived in Ho Chi Minh City, where the Minister met with the Director of the Ho "
                 "Chi Minh City Police Department, Major General Nguyen Duc Thang.")
    assert "Ho Chi Minh" not in f.persons
    assert "Ho Chi Minh City Police Department" in f.agencies


@pytest.mark.parametrize(("title", "ministry"), [
    ("Federal Minister of the Interior of the Republic of Austria", "Federal Ministry of the Interior of the Republic "
                                                                    "of Austria"),
    ("Federal Minister of the Interior of the Swiss Confederation", "Federal Ministry of the Interior of the Swiss "
                                                                   "Confederation"),
    ("Minister of the Interior of the Swiss Confederation", "Ministry of the Interior of the Swiss Confederation"),
])
def test_a_federal_minister_heads_the_federal_ministry(title: str, ministry: str) -> None:
    f = facts_of(f"date 2016-03-02\nToday in Moscow, the Minister held talks with the {title} Lukas Brunner.")
    assert f.persons["Lukas Brunner"].agency == ministry


@pytest.mark.parametrize("receiving", [
    "received at the central office of the Ministry Police Colonel Luc Girard",
    "received in Moscow the newly appointed liaison officer of the Belgian Federal Police Luc Girard",
    "received Colonel Luc Girard, the new police attaché of the Embassy of Belgium,",
])
def test_an_official_received_by_rank_or_post_meets_his_host(receiving: str) -> None:
    f = facts_of(f"date 2021-09-14\nToday the Deputy Minister of Internal Affairs of the Russian Federation Pavel "
                 f"Gromov {receiving} who has taken up his duties in Moscow.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.start, meeting.participants) == ("held", date(2021, 9, 14),
                                                                     ["Pavel Gromov", "Luc Girard"])


@pytest.mark.parametrize("sentence", [
    "In 2020 the Ministry received at its central office more than 300 requests from the Director of Europol.",
    "The Ministry received General Assembly approval for the new programme of the Bureau.",
])
def test_receiving_requests_or_approval_is_no_meeting(sentence: str) -> None:
    assert facts_of(f"date 2021-09-14\n{sentence}").meetings == []


@pytest.mark.parametrize("rank", ["Commissaire divisionnaire", "Commissaire", "Commissario Capo"])
def test_french_and_italian_police_ranks_before_an_untitled_name(rank: str) -> None:
    f = facts_of(f"date 2021-09-14\nToday the Deputy Minister Pavel Gromov received {rank} Luc Moretti, who has taken "
                 "up his duties at the Embassy.")
    assert f.persons["Luc Moretti"].title is None
    assert f.meetings[0].participants == ["Pavel Gromov", "Luc Moretti"]


_TWO_MINISTRIES = ("date 2016-05-19\nToday in Minsk, the Minister of Internal Affairs of the Russian Federation Pavel "
                   "Gromov and the Minister of Internal Affairs of the Republic of Belarus Ivan Kulik held a joint "
                   "meeting of the boards of the Ministry of Internal Affairs of the Russian Federation and the "
                   "Ministry of Internal Affairs of the Republic of Belarus. ")
_THE_TWO_PARTIES = ["Ministry of Internal Affairs of the Russian Federation",
                    "Ministry of Internal Affairs of the Republic of Belarus"]


def test_a_previous_joint_meeting_recalled_leaves_the_next_one_to_the_meeting_reported() -> None:
    f = facts_of(_TWO_MINISTRIES + "The previous joint meeting took place in Pskov in 2014. The next joint meeting of "
                 "the boards of the two ministries will be held in Kazan in 2018.")
    _reported, recalled, planned = f.meetings
    assert (recalled.status, recalled.place, planned.status, planned.place) == ("held", "Pskov", "planned", "Kazan")
    assert planned.agencies == _THE_TWO_PARTIES


def test_the_previous_meeting_of_the_two_ministries_is_a_meeting_of_those_two() -> None:
    f = facts_of(_TWO_MINISTRIES + "The previous meeting of the heads of the two ministries took place in Pskov in "
                 "2014.")
    recalled = f.meetings[1]
    assert (recalled.place, recalled.agencies, recalled.countries) == ("Pskov", _THE_TWO_PARTIES, ["Russia", "Belarus"])


def test_a_visit_after_an_undated_meeting_recalled_elsewhere_is_where_the_trip_is() -> None:
    f = facts_of(_TWO_MINISTRIES + "The previous meeting of the boards took place in Pskov in 2014.\n\nOn "
                 "20 May, Pavel Gromov went to the Academy of the Ministry of Internal Affairs of the Republic of "
                 "Belarus, where its Head, Major General of Militia Oleg Rudak, showed him the training centre.")
    assert f.meetings[-1].start == date(2016, 5, 20)
    assert f.meetings[-1].place == "Minsk"


def test_a_meeting_prepared_the_day_before_by_experts_of_the_two_ministries_is_a_stage_of_its_own() -> None:
    f = facts_of(_TWO_MINISTRIES + "The joint meeting was prepared the day before by experts of the two ministries, "
                 "who worked in two sections. The section on migration was led by the Chief of the Main Directorate "
                 "for Migration of the MIA of Russia, Police Major General Oleg Sokolov.\n\nOpening the meeting, "
                 "Ivan Kulik noted the results of joint operations against drug trafficking.")
    reported, experts = f.meetings
    assert (reported.start, experts.start, experts.place) == (date(2016, 5, 19), date(2016, 5, 18), "Minsk")
    assert experts.participants == ["Oleg Sokolov"]
    assert experts.agencies[:2] == _THE_TWO_PARTIES
    assert "Oleg Sokolov" not in reported.participants


def test_a_body_the_ministers_visited_after_the_meeting_is_a_visit_that_day() -> None:
    f = facts_of(_TWO_MINISTRIES + "\n\nAfter the meeting, the ministers visited the Department of Internal Affairs of "
                 "the Minsk City Executive Committee. Its Chief, Police Major General Anton Lysko, showed them the "
                 "new situation centre.")
    reported, visit = f.meetings
    assert (visit.start, visit.place) == (reported.start, "Minsk")
    assert visit.participants == ["Pavel Gromov", "Ivan Kulik", "Anton Lysko"]
    assert "Anton Lysko" not in reported.participants


def test_what_was_discussed_after_the_meeting_is_still_that_meeting() -> None:
    f = facts_of(_TWO_MINISTRIES + "\n\nAfter the meeting, the ministers signed a plan of joint operations against "
                 "drug trafficking.")
    [reported] = f.meetings
    assert reported.topics == ["drug-trafficking"]


_COMPLETED_VISIT = ("date 2018-04-20\nA delegation of the National Police of Colombia headed by its Deputy Director, "
                    "Major General Andrés Lozano, has completed a visit to Russia.\n\nOn April 17, the guests were "
                    "received in Moscow by the Deputy Minister of Internal Affairs of the Russian Federation Pavel "
                    "Gromov. ")


def test_guests_of_a_completed_visit_received_by_an_official_met_him() -> None:
    f = facts_of(_COMPLETED_VISIT + "The parties discussed drug trafficking.")
    assert f.meetings[0].participants == ["Pavel Gromov", "Andrés Lozano"]


def test_the_following_day_the_guests_visited_a_body_a_visit_of_its_own() -> None:
    f = facts_of(_COMPLETED_VISIT + "\n\nThe following day, Andrés Lozano visited the Moscow University of the MIA of "
                 "Russia, where he was welcomed by the Head of the University, Police Major General Igor Sokolov.")
    talks, visit = f.meetings
    assert (visit.start, visit.place, visit.participants) == (date(2018, 4, 18), "Moscow",
                                                              ["Andrés Lozano", "Igor Sokolov"])
    assert "Igor Sokolov" not in talks.participants


def test_the_following_day_after_a_meeting_recalled_from_an_earlier_year_is_the_day_after_the_reported_one() -> None:
    f = facts_of("date 2016-09-09\nOn September 7, in Vladivostok, the Deputy Minister of Internal Affairs of the "
                 "Russian Federation Pavel Gromov held talks with the Commissioner General of the Korean National "
                 "Police Agency Kim Dae-sung. The parties noted that the consultations held in Seoul on 28 April 2015 "
                 "had given an impetus to cooperation.\n\nThe following day, Kim Dae-sung met with the Chief of the "
                 "Main Directorate of the MIA of Russia for the Khabarovsk Territory, Police Major General Oleg "
                 "Tikhonov.")
    assert [m.start for m in f.meetings] == [date(2016, 9, 7), date(2015, 4, 28), date(2016, 9, 8)]


def test_on_the_same_day_after_an_event_the_day_before_is_that_day() -> None:
    f = facts_of("date 2019-05-29\nToday in Hanoi, the Minister of Internal Affairs of the Russian Federation Pavel "
                 "Gromov held talks with the Minister of Public Security of Vietnam To Van Lam.\n\nThe day before, the "
                 "Russian Minister spoke at the plenary session of the Security Forum in Da Nang. On the same day, on "
                 "the sidelines of the forum, he also met with the Minister of Interior of Laos Khamla Vongsa.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2019, 5, 29), "Hanoi"), (date(2019, 5, 28), "Da Nang"),
                                                        (date(2019, 5, 28), "Da Nang")]


_COUNCIL_SESSION = ("date 2021-10-15\nOn October 13-14, Bishkek hosted a meeting of the Council of Ministers of "
                    "Internal Affairs of the CIS Member States. ")
_COUNCIL = "Council of Ministers of Internal Affairs of the CIS Member States"


@pytest.mark.parametrize("giver", ["the Republic of Armenia", "the Republic of Armenia, which had presided over the "
                                                               "Council since October 2020,"])
@pytest.mark.parametrize("verb", ["passed", "transferred", "handed over"])
def test_a_state_passing_the_chairmanship_of_the_council_named_before(giver: str, verb: str) -> None:
    f = facts_of(_COUNCIL_SESSION + f"On the first day of the session {giver} {verb} the chairmanship to the Kyrgyz "
                 "Republic.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Armenia", _COUNCIL, None, date(2021, 10, 13)), ("Kyrgyzstan", _COUNCIL, date(2021, 10, 13), None)}


def test_a_hand_over_to_come_in_a_season_is_not_dated_by_the_meeting() -> None:
    f = facts_of(_COUNCIL_SESSION + "Kyrgyzstan will pass the chairmanship to the Russian Federation in the summer of "
                 "2022.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {("Kyrgyzstan", None, None),
                                                                    ("Russia", None, None)}


def test_taking_over_a_chairmanship_from_a_state_which_chaired_it_the_year_before() -> None:
    f = facts_of("date 2023-12-27\nToday the Minister held a meeting of the organising committee. On January 1, 2024, "
                 "the Republic of Belarus will take over the chairmanship of the Commonwealth of Independent States "
                 "from the Republic of Armenia, which chaired the Commonwealth in 2023.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Belarus", date(2024, 1, 1), None), ("Armenia", date(2023, 1, 1), date(2023, 12, 31))}


def test_taking_over_the_chairmanship_named_by_the_bodys_acronym_from_a_state_on_a_day() -> None:
    f = facts_of("date 2024-07-10\nOn July 9, Tianjin hosted a meeting of experts. It was the first event since the "
                 "Republic of India took over the SCO chairmanship from the Republic of Tajikistan on July 4, 2024.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("India", date(2024, 7, 4), None), ("Tajikistan", None, date(2024, 7, 4))}


_WORKING_GROUP = ("date 2019-08-30\nOn August 28-29, Harbin hosted the fifth meeting of the Russian-Chinese Working "
                  "Group on Combating Cross-Border Crime. ")
_GROUP = "Russian-Chinese Working Group on Combating Cross-Border Crime"


@pytest.mark.parametrize("co_chairs", [
    "the Ministry of Internal Affairs of the Russian Federation and the Ministry of Public Security of the People's "
    "Republic of China",
    "the Deputy Minister of Internal Affairs of the Russian Federation, Police Colonel General Pavel Gromov, and the "
    "Vice Minister of Public Security of the People's Republic of China Li Wei",
])
def test_the_agencies_a_working_group_is_co_chaired_by_chair_it(co_chairs: str) -> None:
    f = facts_of(_WORKING_GROUP + f"The Working Group is co-chaired by {co_chairs}.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Ministry of Internal Affairs of the Russian Federation", _GROUP, None, None),
        ("Ministry of Public Security of the People's Republic of China", _GROUP, None, None)}


def test_a_meeting_co_chaired_by_two_officials_is_no_chairmanship() -> None:
    f = facts_of(_WORKING_GROUP + "The meeting was co-chaired by the Deputy Minister of Internal Affairs of the "
                 "Russian Federation Pavel Gromov and the Vice Minister of Public Security of the People's Republic of "
                 "China Li Wei.")
    assert f.chairmanships == []


_TASK_FORCE = ("date 2019-12-12\nOn December 10-11, Vilnius hosted a meeting of the Baltic Sea Task Force on Organized "
               "Crime. ")
_BSTF = "Baltic Sea Task Force on Organized Crime"


@pytest.mark.parametrize(("term", "end"), [
    ("For the following two years, 2020 and 2021, the Task Force", date(2021, 12, 31)),
    ("In 2020 and 2021 the Task Force", date(2021, 12, 31)),
    ("In 2020 and 2023 the Task Force", date(2020, 12, 31)),  # (not one term: the first year only)
])
def test_a_chairmanship_for_two_years_in_a_row(term: str, end: date) -> None:
    f = facts_of(_TASK_FORCE + f"{term} will be chaired by the Republic of Poland.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [("Poland", _BSTF, date(2020, 1, 1), end)]


def test_a_body_chaired_by_one_holder_in_a_year_and_by_another_the_next() -> None:
    f = facts_of(_TASK_FORCE + "The Task Force will be chaired by the Ministry of the Interior of the Republic of "
                 "Poland in 2020 and by the Ministry of the Interior of the Republic of Finland in 2021.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Ministry of the Interior of the Republic of Poland", date(2020, 1, 1), date(2020, 12, 31)),
        ("Ministry of the Interior of the Republic of Finland", date(2021, 1, 1), date(2021, 12, 31))}


def test_a_state_which_held_the_chair_in_a_year_and_handed_it_over_at_the_end_of_that_year() -> None:
    f = facts_of("date 2021-06-25\nYesterday, the BRICS Anti-Drug Working Group met by videoconference. Brazil held "
                 "the BRICS chairmanship in 2019 and handed it over to Russia at the end of that year.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Brazil", "BRICS", date(2019, 1, 1), date(2019, 12, 31)), ("Russia", "BRICS", date(2020, 1, 1), None)}


def test_a_chairmanship_handed_over_at_the_closing_ceremony_changes_hands_on_the_last_day() -> None:
    f = facts_of("date 2022-09-16\nThe annual ASEANAPOL Conference was held in Hanoi from 13 to 15 September 2022. At "
                 "the closing ceremony, the Philippine National Police handed over the chairmanship of "
                 "ASEANAPOL to the Royal Thai Police.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Philippine National Police", None, date(2022, 9, 15)), ("Royal Thai Police", date(2022, 9, 15), None)}


@pytest.mark.parametrize(("title", "consulate"), [
    ("the Consul General of Mongolia in Irkutsk", "Consulate General of Mongolia in Irkutsk"),
    ("the Consul General of the Republic of Kazakhstan in Omsk", "Consulate General of the Republic of Kazakhstan in "
                                                                "Omsk"),
])
def test_a_consul_general_heads_the_consulate_general_his_title_names(title: str, consulate: str) -> None:
    f = facts_of(f"date 2019-06-27\nToday in Irkutsk, the Chief of the Main Directorate met the Chief of the Police of "
                 f"Khovd Aimag. T{title[1:]}, Batbold Ganzorig, also attended the meeting.")
    assert f.persons["Batbold Ganzorig"].agency == consulate
    assert consulate in f.meetings[0].agencies


def test_a_consul_general_in_no_known_city_gets_no_invented_consulate() -> None:
    f = facts_of("date 2019-06-27\nToday the Chief of the Main Directorate met the Consul General of Mongolia in the "
                 "Region, Batbold Ganzorig.")
    assert f.persons["Batbold Ganzorig"].agency is None


def test_consultations_told_in_the_past_perfect_were_held() -> None:
    f = facts_of("On 4-5 April 2016, consultations between the Ministry of Internal Affairs of the Russian Federation "
                 "and the Ministry of Internal Affairs of the Republic of Uzbekistan had been held in Tashkent.")
    [meeting] = f.meetings
    assert (meeting.status, meeting.start, meeting.end, meeting.place) == ("held", date(2016, 4, 4),
                                                                           date(2016, 4, 5), "Tashkent")


def test_how_a_summit_had_been_organized_is_no_meeting() -> None:
    f = facts_of("date 2013-10-18\nThe Chief of the Main Directorate told the guests how the protection of the summit "
                 "venues had been organized.")
    assert f.meetings == []


def test_a_headline_and_the_body_that_dates_it_without_naming_people_are_one_meeting() -> None:
    f = facts_of("date 2020-11-19\nThe MIA of Russia and the Ministry of Interior of Turkey held consultations via "
                 "video link\n\nToday, consultations between the Ministry of Internal Affairs of the Russian "
                 "Federation and the Ministry of Interior of the Republic of Turkey were held in the format of a video "
                 "conference.\n\nThe Russian delegation was headed by the Chief of the Department of International "
                 "Cooperation of the MIA of Russia, Police Major General Oleg Kirov.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.place, meeting.participants) == (date(2020, 11, 19), None, ["Oleg Kirov"])



_ASTANA_TALKS = ("date 2021-09-24\nToday in Astana, the Deputy Minister of Internal Affairs of the Russian Federation "
                 "Pavel Gromov held consultations with the First Deputy Minister of Internal Affairs of the Republic "
                 "of Kazakhstan Arman Seitov.")


def test_a_visit_to_a_city_where_the_parties_agreed_is_a_meeting_there() -> None:
    f = facts_of(_ASTANA_TALKS + " On April 13-14, a Kazakh delegation headed by Arman Seitov visited Moscow, where "
                 "the parties agreed on a roadmap of joint work against drug trafficking.")
    _talks, visit = f.meetings
    assert (visit.start, visit.end, visit.place, visit.participants) == (date(2021, 4, 13), date(2021, 4, 14),
                                                                         "Moscow", ["Arman Seitov"])


def test_a_review_held_by_videoconference_on_a_day_is_a_meeting() -> None:
    f = facts_of(_ASTANA_TALKS + "\n\nOn July 6, the implementation of the roadmap was reviewed by videoconference.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2021, 9, 24), "Astana"), (date(2021, 7, 6), None)]


def test_yesterdays_stage_of_the_visit_in_another_city_dates_and_places_the_meetings_told_after_it() -> None:
    f = facts_of("date 2023-10-06\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Pavel "
                 "Gromov held talks with the Minister of Internal Affairs of the Republic of Uzbekistan Akmal Rakhimov."
                 "\n\nYesterday, the Uzbek delegation visited Saint Petersburg. At the Saint Petersburg University of "
                 "the MIA of Russia, Akmal Rakhimov met with its Head, Police Lieutenant General Andrei Morozov.\n\nIt "
                 "was agreed to hold the next meeting of the Ministers in Tashkent in 2024.")
    _talks, stage, planned = f.meetings
    assert (stage.start, stage.place, stage.participants) == (date(2023, 10, 5), "Saint Petersburg",
                                                              ["Akmal Rakhimov", "Andrei Morozov"])
    assert planned.agencies == ["Ministry of Internal Affairs of the Russian Federation",
                                "Ministry of Internal Affairs of the Republic of Uzbekistan"]


def test_a_chairmanship_taken_on_an_earlier_day_in_another_city_is_no_stage_of_the_trip() -> None:
    f = facts_of("date 2024-07-10\nToday in Beijing, the Minister of Internal Affairs of the Russian Federation Pavel "
                 "Gromov held talks with the Minister of Public Security of China Wang Xiaohong. On July 8, Kazakhstan "
                 "took over the chairmanship in Astana.\n\nThe ministers discussed drug trafficking.")
    assert f.meetings[0].topics == ["drug-trafficking"]


def test_a_ceremony_held_at_an_embassy_to_return_stolen_property_is_an_event_there() -> None:
    f = facts_of("date 2018-12-05\nOn December 4, a ceremony was held at the Embassy of the Russian Federation in the "
                 "Italian Republic in Rome to return to Russia two icons stolen from a church in the Tver Region. The "
                 "icons were handed over by the Commander of the Carabinieri Command for the Protection of Cultural "
                 "Heritage, Brigadier General Marco Bellini, to the Deputy Chief of the National Central Bureau of "
                 "Interpol of the MIA of Russia, Police Colonel Irina Volkova.")
    [ceremony] = f.meetings
    assert (ceremony.start, ceremony.place, ceremony.participants) == (date(2018, 12, 4), "Rome",
                                                                       ["Marco Bellini", "Irina Volkova"])
    assert "Embassy of the Russian Federation in the Italian Republic" in f.agencies


def test_a_state_inspection_is_a_body_not_a_persons_name() -> None:
    f = facts_of("date 2019-09-11\nThe Chief of the State Automobile Inspection of the Ministry of Internal Affairs of "
                 "the Republic of Belarus Dmitry Korzun shared the Belarusian experience.")
    assert list(f.persons) == ["Dmitry Korzun"]
    assert f.persons["Dmitry Korzun"].agency == ("State Automobile Inspection of the Ministry of Internal Affairs of "
                                                 "the Republic of Belarus")


_MOSCOW_TALKS = ("date 2019-10-10\nYesterday in Moscow, the Minister of Internal Affairs of the Russian Federation "
                 "Pavel Gromov held talks with the Minister of the Interior of the Italian Republic Lucia Rinaldi. ")


def test_a_previous_meeting_that_had_taken_place_on_a_day_is_recalled() -> None:
    f = facts_of(_MOSCOW_TALKS + "The ministers recalled that the previous high-level meeting of their agencies had "
                 "taken place in Rome on 21 November 2017.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [("held", date(2019, 10, 9), "Moscow"),
                                                                  ("held", date(2017, 11, 21), "Rome")]


def test_the_next_meeting_will_take_place_there_in_the_city_just_named() -> None:
    f = facts_of(_MOSCOW_TALKS + "Lucia Rinaldi invited her Russian colleague to Rome. It was agreed that the next "
                 "meeting of the ministers will take place there in 2020.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Moscow"), ("planned", "Rome")]


def test_a_visit_ending_with_a_meeting_with_an_official_is_that_meeting() -> None:
    f = facts_of("On 8 June 2017, the visit of the Russian delegation headed by the Deputy Minister of Internal "
                 "Affairs of the Russian Federation Pavel Gromov to the Kingdom of Norway ended in Kirkenes with a "
                 "meeting with the Chief of Police of the Finnmark Police District, Kari Nordby.")
    [meeting] = f.meetings
    assert (meeting.start, meeting.place, meeting.participants) == (date(2017, 6, 8), "Kirkenes",
                                                                    ["Pavel Gromov", "Kari Nordby"])


def test_a_day_without_a_year_takes_the_only_year_the_release_writes_in_a_later_paragraph() -> None:
    f = facts_of("On October 18, the closing day of the session of the Interpol General Assembly in Santiago, the "
                 "Deputy Minister of Internal Affairs of the Russian Federation Pavel Gromov held talks with the "
                 "General Director of the Carabineros of Chile, General Luis Soto.\n\nThe session of the General "
                 "Assembly, held on 15-18 October 2019, brought together delegations of 160 countries.")
    assert f.meetings[0].start == date(2019, 10, 18)


def test_a_day_without_a_year_takes_no_year_when_the_release_writes_several() -> None:
    f = facts_of("On October 18, the Deputy Minister of Internal Affairs of the Russian Federation Pavel Gromov held "
                 "talks in Santiago with the General Director of the Carabineros of Chile, General Luis Soto.\n\nThe "
                 "previous talks took place in Moscow on 3 March 2016. The agreement was signed on 5 May 2014.")
    assert f.meetings[0].start is None


def test_a_chairmanship_passed_at_a_dated_meeting_for_a_term_the_sentence_gives() -> None:
    f = facts_of("On 26-28 October 2012, Nanning hosted a meeting of the BRICS Anti-Drug Working Group. The delegates "
                 "noted that the chairmanship in the Working Group passed from the Russian Federation to the "
                 "Federative Republic of Brazil from January 1, 2013, to December 31, 2013.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Russia", None, date(2012, 12, 31)), ("Brazil", date(2013, 1, 1), date(2013, 12, 31))}


def test_no_meeting_had_taken_place_for_years_is_no_meeting() -> None:
    f = facts_of(_MOSCOW_TALKS + "According to the official representative of the MIA of Russia, no meeting of the "
                 "heads of the two ministries at this level had taken place for more than five years.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2019, 10, 9), "Moscow")]


def test_the_following_morning_the_minister_visited_a_body_a_visit_the_next_day() -> None:
    f = facts_of("date 2024-02-09\nOn February 5 in Tashkent, the Minister of Internal Affairs of the Russian "
                 "Federation Pavel Gromov held talks with the Minister of Internal Affairs of the Republic of "
                 "Uzbekistan Jamshid Rakhimov.\n\nThe following morning, the Russian Minister visited the Main "
                 "Situation Centre of the MIA of the Republic of Uzbekistan. Its Head, Colonel Sardor Tursunov, "
                 "demonstrated the Safe City system.")
    talks, visit = f.meetings
    assert (visit.start, visit.place, visit.participants) == (date(2024, 2, 6), "Tashkent",
                                                              ["Pavel Gromov", "Sardor Tursunov"])
    assert "Sardor Tursunov" not in talks.participants


def test_on_wednesday_the_delegation_travelled_to_another_city_a_stage_of_its_own() -> None:
    f = facts_of("date 2022-04-15\nOn Monday, the Mongolian Minister Batbold Enkh was received in Moscow by the "
                 "Minister of Internal Affairs of the Russian Federation Pavel Gromov.\n\nOn Tuesday, still in Moscow, "
                 "the guests visited the Situation Centre of the MIA of Russia. Its Head, Police Major General Vadim "
                 "Sorokin, showed Batbold Enkh how information is analysed.\n\nOn Wednesday, the delegation travelled "
                 "to Saint Petersburg. At the Saint Petersburg University of the MIA of Russia, the Mongolian Minister "
                 "was welcomed by the Head of the University, Police Lieutenant-General Alexander Kiryanov.")
    assert [(m.start, m.place) for m in f.meetings] == [
        (date(2022, 4, 11), "Moscow"), (date(2022, 4, 12), "Moscow"), (date(2022, 4, 13), "Saint Petersburg")]
    assert "Alexander Kiryanov" in f.meetings[2].participants


def test_a_rotation_of_the_chair_over_several_years_in_one_sentence() -> None:
    f = facts_of(_COUNCIL_SESSION + "In 2022 the Council will be chaired by the Republic of Uzbekistan, in 2023 by the "
                 "Russian Federation and in 2024 by the Republic of Armenia.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Uzbekistan", date(2022, 1, 1), date(2022, 12, 31)), ("Russia", date(2023, 1, 1), date(2023, 12, 31)),
        ("Armenia", date(2024, 1, 1), date(2024, 12, 31))]


def test_the_chairmanship_of_a_body_belongs_to_a_state_in_a_year() -> None:
    f = facts_of(_COUNCIL_SESSION + "The session was chaired by the Minister of Internal Affairs of the Kyrgyz "
                 "Republic Ulan Niyazbekov: in 2021 the chairmanship of the Council belongs to the Kyrgyz Republic.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Kyrgyzstan", _COUNCIL, date(2021, 1, 1), date(2021, 12, 31))]


@pytest.mark.parametrize("whose", ["Russia's", "The Russian"])
def test_the_end_of_a_chairmanship_not_told_before_is_a_chair_that_ends(whose: str) -> None:
    f = facts_of(_COUNCIL_SESSION + "The Council elected the Republic of Belarus to chair the Council in 2022-2023. "
                 f"{whose} chairmanship will end on December 31, 2021.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Belarus", date(2022, 1, 1), date(2023, 12, 31)), ("Russia", None, date(2021, 12, 31))}


def test_the_heads_talks_later_the_day_of_the_experts_stage_are_a_meeting_of_their_own() -> None:
    f = facts_of("date 2019-06-21\nThe Minister of Internal Affairs of the Russian Federation Pavel Gromov has "
                 "returned from an official visit to Hungary.\n\nThe programme opened in Budapest on the morning of "
                 "June 18 with consultations at expert level. The Russian group was led by Police Major General Oleg "
                 "Samsonov, and the Hungarian group by Eszter Halmi, Deputy State Secretary of the Ministry of the "
                 "Interior of Hungary.\n\nLater that day, the heads of the two ministries held talks. Pavel Gromov "
                 "and the Minister of the Interior of Hungary Sandor Kertesz discussed countering drug trafficking.")
    experts, talks = f.meetings
    assert (experts.start, experts.participants) == (date(2019, 6, 18), ["Oleg Samsonov", "Eszter Halmi"])
    assert (talks.start, talks.place, talks.participants) == (date(2019, 6, 18), "Budapest",
                                                              ["Pavel Gromov", "Sandor Kertesz"])


_CAIRO_TALKS = ("date 2023-03-03\nToday in Moscow, the First Deputy Minister of Internal Affairs of the Russian "
                "Federation Pavel Gromov held talks with the Assistant Minister of Interior of the Arab Republic of "
                "Egypt Ahmed Farouk.")


def test_their_videoconference_of_a_day_recalled_is_a_meeting_of_the_two_by_video() -> None:
    f = facts_of(_CAIRO_TALKS + " Both officials spoke highly of the results of their videoconference of 14 November, "
                 "at which they had agreed to exchange data on wanted persons.")
    _talks, video = f.meetings
    assert (video.start, video.place, video.participants) == (date(2022, 11, 14), None,
                                                              ["Pavel Gromov", "Ahmed Farouk"])


def test_a_videoconference_recalled_on_a_day_after_the_release_was_the_year_before() -> None:
    f = facts_of(_CAIRO_TALKS.replace("2023-03-03", "2022-11-23") + " The Minister recalled the videoconference of 19 "
                 "April, at which he and Pavel Gromov had agreed to prepare a new cooperation plan.")
    assert f.meetings[1].start == date(2022, 4, 19)


def test_experts_who_met_earlier_in_the_day_and_a_visit_the_day_before_are_stages_of_their_own() -> None:
    f = facts_of(_CAIRO_TALKS + "\n\nEarlier in the day, experts of the two ministries met at the Department of "
                 "International Cooperation of the MIA of Russia.\n\nThe heads of the delegations recalled the "
                 "videoconference of 12 December 2022.\n\nThe day before, the Egyptian delegation visited the Main "
                 "Directorate for Combating Extremism of the MIA of Russia. Its Chief, Police Lieutenant-General Oleg "
                 "Krasnov, told Ahmed Farouk about the detection of recruiters.\n\nThe parties agreed to hold the next "
                 "round of talks in Cairo in 2024.")
    talks, experts, video, visit, planned = f.meetings
    assert [m.start for m in (talks, experts, video, visit)] == [date(2023, 3, 3), date(2023, 3, 3),
                                                                  date(2022, 12, 12), date(2023, 3, 2)]
    assert "Oleg Krasnov" in visit.participants and "Oleg Krasnov" not in experts.participants
    assert planned.agencies == ["Ministry of Internal Affairs of the Russian Federation",
                                "Ministry of Interior of the Arab Republic of Egypt"]


def test_a_state_took_over_the_chairmanship_on_a_day_of_the_body_the_release_spoke_of() -> None:
    f = facts_of("date 2018-12-06\nThe meeting was held within the framework of the chairmanship of the Republic of "
                 "Tajikistan in the SCO. Tajikistan took over the chairmanship on June 10, 2018, and will pass it to "
                 "the Russian Federation in the summer of 2019.")
    assert {(c.holder, c.body, c.start, c.end) for c in f.chairmanships} == {
        ("Tajikistan", "Shanghai Cooperation Organization", date(2018, 6, 10), None),
        ("Russia", "Shanghai Cooperation Organization", None, None)}


def test_a_state_will_chair_a_body_one_year_and_another_state_will_chair_it_the_next() -> None:
    f = facts_of("date 2023-12-27\nToday the First Deputy Minister held a meeting of the organising committee. Russia "
                 "will chair the CIS throughout 2024, and in 2025 the Republic of Tajikistan will chair it.")
    assert {(c.holder, c.start, c.end) for c in f.chairmanships} == {
        ("Russia", date(2024, 1, 1), date(2024, 12, 31)), ("Tajikistan", date(2025, 1, 1), date(2025, 12, 31))}


def test_an_advanced_training_institute_is_an_agency_and_its_words_no_person() -> None:
    f = facts_of("date 2016-04-08\nToday in Moscow, the Head of the All-Russian Advanced Training Institute of the "
                 "MIA of Russia, Police Major General Pavel Lutsenko, met with the Ambassador of Peru Carlos Medina.")
    assert set(f.persons) == {"Pavel Lutsenko", "Carlos Medina"}
    assert "All-Russian Advanced Training Institute of the MIA of the Russian Federation" in f.meetings[0].agencies


def test_the_visit_of_a_delegation_that_began_with_a_meeting_on_an_earlier_day_is_that_meeting() -> None:
    f = facts_of("date 2020-10-09 Yesterday in Hanoi, the Deputy Minister of Internal Affairs of Russia Boris Kalyagin "
                 "held talks with the Minister of Public Security of Vietnam Tran Van Minh.\n\nThe visit of the "
                 "Russian delegation began in Hanoi on 6 October with a working meeting between Boris Kalyagin and the "
                 "Director of the Criminal Police Department Nguyen Van Long.")
    talks, first = f.meetings
    assert (talks.start, talks.participants) == (date(2020, 10, 8), ["Boris Kalyagin", "Tran Van Minh"])
    assert (first.start, first.place, first.participants) == (date(2020, 10, 6), "Hanoi",
                                                              ["Boris Kalyagin", "Nguyen Van Long"])


_TRIP_TALKS = ("date 2021-09-14\nToday in Moscow, the Deputy Minister of Internal Affairs of the Russian Federation "
               "Sergei Lobov held talks with the State Secretary of the Ministry of the Interior of Slovakia Marek "
               "Hudec. They discussed countering cybercrime.")


def test_a_delegation_that_will_travel_to_a_city_tomorrow_meets_there_then() -> None:
    f = facts_of(_TRIP_TALKS + "\n\nTomorrow, the Slovak delegation headed by Marek Hudec will travel to Kaluga, where "
                 "officers of the Main Directorate of the MIA of Russia for the Kaluga Region will present the work of "
                 "the duty unit.")
    stage = f.meetings[1]
    assert (stage.status, stage.start, stage.place, stage.participants) == ("planned", date(2021, 9, 15), "Kaluga",
                                                                            ["Marek Hudec"])
    assert "Main Directorate of the MIA of the Russian Federation for the Kaluga Region" in stage.agencies


def test_a_trip_to_a_city_to_watch_an_exercise_is_a_stage_but_equipment_going_to_units_is_none() -> None:
    watched = facts_of(_TRIP_TALKS + " Tomorrow, Sergei Lobov and his delegation will travel to Bratislava to observe "
                       "a joint exercise of the Slovak police.")
    assert [(m.status, m.place) for m in watched.meetings] == [("held", "Moscow"), ("planned", "Bratislava")]
    sent = facts_of(_TRIP_TALKS + " On Monday, the equipment will go to the units guarding the border.")
    assert [m.status for m in sent.meetings] == ["held"]


def test_the_next_sentence_about_a_stage_of_a_trip_to_come_is_its_meeting_in_the_city_it_names() -> None:
    f = facts_of(_TRIP_TALKS + "\n\nOn September 16, Sergei Lobov will travel to Eastern Siberia. In Irkutsk, he will "
                 "meet with the Governor of the Region Igor Kobzev.")
    stage = f.meetings[1]
    assert (stage.start, stage.place, stage.participants) == (date(2021, 9, 16), "Irkutsk",
                                                              ["Sergei Lobov", "Igor Kobzev"])
    after = facts_of(_TRIP_TALKS + "\n\nOn September 16, Sergei Lobov will travel to Irkutsk. The next meeting of the "
                     "Russian-Slovak working group will be held in Irkutsk in 2022.")
    assert [(m.start, m.place) for m in after.meetings[1:]] == [(date(2021, 9, 16), "Irkutsk"), (None, "Irkutsk")]


def test_what_the_talks_plan_after_the_experts_stage_that_prepared_them_is_the_talks_parties() -> None:
    f = facts_of(_TRIP_TALKS + "\n\nThe talks were prepared the day before at expert consultations held in Moscow. "
                 "The Russian experts were led by Olga Semina, the Slovak experts by Peter Kral.\n\nTomorrow, the "
                 "Slovak delegation headed by Marek Hudec will travel to Tula.\n\nThe parties agreed to hold the next "
                 "round of talks in Bratislava in 2022.")
    planned = f.meetings[-1]
    assert planned.place == "Bratislava"
    assert set(planned.agencies) == {"Ministry of Internal Affairs of the Russian Federation",
                                     "Ministry of the Interior of the Slovak Republic"}


def test_later_that_day_is_the_day_of_the_talks_not_of_a_meeting_recalled_without_its_day() -> None:
    f = facts_of("date 2022-05-12 Today in Sofia, the Deputy Minister of Internal Affairs of Russia Ivan Sidorin held "
                 "talks with the Minister of the Interior of Bulgaria Petar Kolev.\n\nIvan Sidorin and Petar Kolev "
                 "last met in Moscow in March last year.\n\nLater that day, also in Sofia, Ivan Sidorin visited the "
                 "General Directorate of the National Police of Bulgaria.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2022, 5, 12), "Sofia"), (None, "Moscow"),
                                                        (date(2022, 5, 12), "Sofia")]


def test_a_previous_meeting_held_last_year_in_a_city_is_recalled_without_the_one_who_recalls_it() -> None:
    f = facts_of("date 2019-10-04\nOn October 2-3, Kazan hosted the meeting of the Russian-Austrian Working Group on "
                 "Combating Organized Crime. Police Major General Nikolai Zubov recalled that the previous meeting of "
                 "the Working Group, held last year in Graz, had launched a joint project.")
    recalled = f.meetings[1]
    assert (recalled.place, recalled.participants) == ("Graz", [])


def test_a_document_to_be_signed_in_a_city_is_a_meeting_of_the_two_agencies_that_met() -> None:
    f = facts_of("date 2022-04-20\nOn April 18-19, consultations on countering drug trafficking were held in Lima. The "
                 "Russian delegation was headed by the Deputy Chief of the Main Directorate for Drug Control of the "
                 "MIA of Russia, Police Colonel Anton Greshnev, and the Peruvian side by the Director of the Anti-Drug "
                 "Directorate of the National Police of Peru Luis Quispe.\n\nThe Memorandum is expected to be signed "
                 "by the heads of the two agencies in Moscow in the autumn.")
    signing = f.meetings[-1]
    assert (signing.status, signing.place) == ("planned", "Moscow")
    assert signing.agencies == [f.persons["Anton Greshnev"].agency, f.persons["Luis Quispe"].agency]
    assert signing.agencies[0] == "MIA of Russia Main Directorate for Drug Control"


def test_a_document_to_be_signed_in_the_city_of_a_meeting_announced_is_signed_at_that_meeting() -> None:
    f = facts_of("date 2014-03-21\nNext Thursday, Grodno will host a joint board meeting of the Ministry of Internal "
                 "Affairs of the Russian Federation and the Ministry of Internal Affairs of the Republic of Belarus."
                 "\n\nA Plan of Joint Measures for 2014-2016 is expected to be signed in Grodno.")
    assert [(m.status, m.place) for m in f.meetings] == [("planned", "Grodno")]


def test_details_to_be_worked_out_at_a_meeting_next_month_announce_that_meeting() -> None:
    f = facts_of(_TRIP_TALKS + " The details will be worked out next month in Tula, at a meeting of the "
                 "Russian-Slovak working group on cybercrime.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Moscow"), ("planned", "Tula")]


def test_a_visit_of_a_chief_to_a_city_names_no_agency_with_the_city() -> None:
    f = facts_of(_TRIP_TALKS + " The document is to be signed during the visit of the Chief of the Slovak Police Force "
                 "to Moscow in the spring.")
    assert not [a for a in f.agencies if "to Moscow" in a]
    assert [(m.status, m.place) for m in f.meetings][-1] == ("planned", "Moscow")


def test_the_parties_in_a_paragraph_after_an_earlier_seminar_told_without_people_are_the_two_who_met() -> None:
    f = facts_of("date 2019-11-14\nToday, the Chief of the Main Directorate for Drug Control of the MIA of Russia "
                 "Andrei Sorin and the Head of the Drug Control Department of the Police of Latvia Janis Ozols held a "
                 "meeting by videoconference.\n\nEarlier this month, a joint seminar for investigators was held in "
                 "Riga. Its participants studied money laundering.\n\nThe parties also discussed the smuggling of "
                 "cigarettes across the border.")
    talks, seminar = f.meetings
    assert (talks.topics, seminar.topics) == (["smuggling"], ["money-laundering"])


def test_forced_prostitution_is_human_trafficking() -> None:
    f = facts_of("date 2019-11-14\nToday, Andrei Sorin and Janis Ozols held talks in Riga. They discussed cases of "
                 "young women forced into prostitution abroad.")
    assert "human-trafficking" in f.meetings[0].topics


def test_a_delegation_that_visited_a_town_the_reference_data_does_not_know_met_its_hosts_there() -> None:
    f = facts_of("Today in Kurgan, the Chief of the Main Directorate of the MIA of Russia for the Kurgan Region Oleg "
                 "Vasin held a working meeting with the Chief of the Police Department of the Kostanay Region Asan "
                 "Temirov.\n\nYesterday, the Kazakh delegation headed by Asan Temirov visited Shumikha, where officers "
                 "of the Department of the MIA of Russia for the Shumikha District showed the guests the duty unit."
                 "\n\nThe next meeting will take place on 3-4 June in Kostanay.")
    talks, visit, planned = f.meetings
    assert (visit.place, visit.participants) == ("Shumikha", ["Asan Temirov"])
    assert planned.place == "Kostanay"
    assert set(planned.agencies) == set(talks.agencies)


def test_delegates_who_attended_a_seminar_the_day_before_met_at_it_but_attending_the_meeting_is_no_other() -> None:
    seminar = facts_of("date 2016-07-01\nOn 29-30 June, Omsk hosted the meeting of the Council of Heads of Migration "
                       "Bodies of the CIS Member States. The day before, on 28 June, the delegates attended a seminar "
                       "on biometric passports organized by the Main Directorate for Migration of the MIA of Russia.")
    assert [m.start for m in seminar.meetings] == [date(2016, 6, 29), date(2016, 6, 28)]
    same = facts_of("date 2016-07-01\nOn 29-30 June, Omsk hosted the meeting of the Council of Heads of Migration "
                    "Bodies of the CIS Member States. Representatives of the CSTO Secretariat attended the meeting.")
    assert len(same.meetings) == 1


def _chairs(text: str) -> set[tuple[str, str, date | None, date | None]]:
    return {(c.holder, c.body, c.start, c.end) for c in facts_of(text).chairmanships}


_BSTF = "Baltic Sea Task Force on Organized Crime"
_CSTO = "Collective Security Treaty Organization"


def test_a_state_that_chaired_a_body_last_year_after_a_semicolon_has_a_term_of_its_own() -> None:
    assert _chairs("date 2021-05-20\nThe meeting was held within the framework of the chairmanship of Tajikistan in "
                   "the Collective Security Treaty Organization in 2021; the Republic of Armenia chaired the "
                   "Organization last year.") == {
        ("Tajikistan", _CSTO, date(2021, 1, 1), date(2021, 12, 31)),
        ("Armenia", _CSTO, date(2020, 1, 1), date(2020, 12, 31))}


def test_a_term_told_on_after_a_semicolon_is_the_same_term() -> None:
    assert _chairs("date 2018-03-02\nFinland has chaired the Baltic Sea Task Force on Organized Crime since January 1, "
                   "2017; its chairmanship will end on December 31, 2018.") == {
        ("Finland", _BSTF, date(2017, 1, 1), date(2018, 12, 31))}


def test_a_chair_held_since_a_day_having_taken_it_over_from_a_side_whose_chairmanship_ended() -> None:
    assert _chairs("date 2022-09-15\nOn September 14, Minsk hosted a meeting of the Council of Ministers of Internal "
                   "Affairs of the CIS Member States. The Ministry of Internal Affairs of the Republic of Belarus has "
                   "held the chairmanship of the Council since 1 January, having taken it over from the Uzbek side, "
                   "whose chairmanship ended on 31 December 2021.") == {
        ("Ministry of Internal Affairs of the Republic of Belarus",
         "Council of Ministers of Internal Affairs of the CIS Member States", date(2022, 1, 1), None),
        ("Uzbekistan", "Council of Ministers of Internal Affairs of the CIS Member States", None, date(2021, 12, 31))}


def test_a_council_that_entrusted_its_chairmanship_until_the_end_of_the_year_and_who_held_it_before() -> None:
    body = "Council of Heads of Migration Bodies of the CIS Member States"
    assert _chairs("date 2021-04-16\nOn April 14-15, Baku hosted a meeting of the Council of Heads of Migration Bodies "
                   "of the CIS Member States.\n\nAt the opening of the meeting, the Council entrusted its chairmanship "
                   "until the end of the year to the State Migration Service of the Republic of Azerbaijan. Before "
                   "that, the chairmanship had been held by the Republic of Kazakhstan.") == {
        ("State Migration Service of the Republic of Azerbaijan", body, date(2021, 4, 14), date(2021, 12, 31)),
        ("Kazakhstan", body, None, date(2021, 4, 14))}


def test_the_last_meeting_under_a_chairmanship_that_began_and_ends_on_days_is_of_the_body_told_before() -> None:
    assert _chairs("date 2016-11-25\nOn November 23-24, Riga hosted a meeting of the Baltic Sea Task Force on "
                   "Organized Crime. It was the last meeting held under the Latvian chairmanship, which began on 1 "
                   "January 2015 and ends on 31 December 2016.") == {
        ("Latvia", _BSTF, date(2015, 1, 1), date(2016, 12, 31))}


def test_a_chair_that_passes_for_the_next_two_years_and_the_one_it_passes_from_ends_the_year_before() -> None:
    assert _chairs("date 2018-11-29\nOn November 27-28, Tallinn hosted a meeting of the Baltic Sea Task Force on "
                   "Organized Crime. It was decided that from 1 January 2019 the chairmanship of the Task Force will "
                   "pass from the Republic of Estonia to the Republic of Lithuania for the next two years.") == {
        ("Estonia", _BSTF, None, date(2018, 12, 31)), ("Lithuania", _BSTF, date(2019, 1, 1), date(2020, 12, 31))}


def test_a_chair_taken_over_from_a_state_on_new_years_day_ends_for_that_state_on_that_day() -> None:
    assert _chairs("date 2024-02-20\nToday, Moscow hosted a meeting of the CSTO Committee. The Republic of Kazakhstan "
                   "took over the chairmanship of the Collective Security Treaty Organization from the Republic of "
                   "Belarus on January 1, 2024.") == {
        ("Kazakhstan", _CSTO, date(2024, 1, 1), None), ("Belarus", _CSTO, None, date(2024, 1, 1))}


def test_a_chairmanship_that_passed_to_a_side_from_a_state_at_a_summit_on_a_day() -> None:
    sco = "Shanghai Cooperation Organization"
    assert _chairs("date 2019-06-20\nToday in Moscow, the Minister of Internal Affairs Ivan Orlov held talks with "
                   "the Minister of Interior of Kyrgyzstan Kashkar Junushaliev. The Russian Minister congratulated "
                   "his colleague on Kyrgyzstan's chairmanship of the Shanghai Cooperation Organization, which passed "
                   "to the Kyrgyz side from the Republic of Tajikistan at the summit in Dushanbe on June 14.") == {
        ("Kyrgyzstan", sco, date(2019, 6, 14), None), ("Tajikistan", sco, None, date(2019, 6, 14))}


def test_a_state_that_holds_in_turn_the_chairmanship_of_a_council_in_a_year() -> None:
    body = "Council of Heads of Border Services of the CIS Member States"
    assert _chairs("date 2019-05-30\nThe meeting was organized by the Republic of Belarus, which holds in turn the "
                   "chairmanship of the Council of Heads of Border Services of the CIS Member States in 2019.") == {
        ("Belarus", body, date(2019, 1, 1), date(2019, 12, 31))}


def test_a_state_that_took_over_the_presidency_from_another_on_a_day_ends_its_term_then() -> None:
    cbss = "Council of the Baltic Sea States"
    assert _chairs("date 2011-11-10\nThe event was held within the framework of the Polish Presidency of the Council "
                   "of the Baltic Sea States. The Republic of Poland took over the Presidency from the Kingdom of "
                   "Norway on 1 July.") >= {("Poland", cbss, date(2011, 7, 1), None), ("Norway", cbss, None,
                                                                                         date(2011, 7, 1))}


_PROGRAMME = ("date 2019-05-17\nFrom 14 to 16 May, a delegation of the Ministry of Public Security of Laos headed by "
              "Deputy Minister Khamsone Vongsa paid a working visit to Moscow.\n\nOn the first day of the visit, the "
              "guests were received by the Deputy Minister of Internal Affairs of the Russian Federation Oleg Borisov. "
              "They discussed countering drug trafficking.\n\nOn the second day, the delegation visited the Forensic "
              "Center of the MIA of Russia. Its Chief, Police Major General Ivan Lazarev, showed the guests the "
              "laboratory.\n\nIn the afternoon, the guests went to the Moscow University of the MIA of Russia.\n\nOn "
              "the final day, Khamsone Vongsa toured the Central Museum of the MIA of Russia.\n\nThe parties agreed "
              "that a delegation of the MIA of Russia would pay a return visit to Vientiane in 2020.")


def test_each_day_of_a_visit_programme_told_without_a_meeting_first_is_an_event_of_its_own() -> None:
    f = facts_of(_PROGRAMME)
    assert [(m.status, m.start, m.end) for m in f.meetings] == [
        ("held", date(2019, 5, 14), None), ("held", date(2019, 5, 15), None), ("held", date(2019, 5, 15), None),
        ("held", date(2019, 5, 16), None), ("planned", None, None)]
    assert "Central Museum of the MIA of the Russian Federation" in f.meetings[3].agencies
    assert f.meetings[4].place == "Vientiane"


def test_an_official_visit_to_a_state_to_come_is_no_meeting_of_its_own() -> None:
    f = facts_of("date 2019-03-15\nThe Minister of Internal Affairs of the Russian Federation Pavel Gromov will pay an "
                 "official visit to the Republic of Chile on March 20-22.")
    assert f.meetings == []


def test_the_first_day_of_a_stay_whose_days_are_told_is_its_first_day() -> None:
    f = facts_of("date 2021-09-10 Talks were held in Lima by the Minister of Internal Affairs of the Russian "
                 "Federation Ivan Orlov, who is in Peru on an official visit from 8 to 10 September, on the first day "
                 "of his stay.")
    assert (f.meetings[0].start, f.meetings[0].end) == (date(2021, 9, 8), None)



def test_a_deputy_prime_minister_received_is_met() -> None:
    f = facts_of("date 2018-11-27\nToday, in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan "
                 "Orlov received the Deputy Prime Minister, Minister of Interior of the Kingdom of Thailand Somchai "
                 "Wongsawat.")
    assert [(m.start, m.participants) for m in f.meetings] == [(date(2018, 11, 27), ["Ivan Orlov",
                                                                                     "Somchai Wongsawat"])]


def test_a_conversation_via_videoconference_is_a_meeting_with_no_place() -> None:
    f = facts_of("date 2020-06-18\nToday, the Minister of Internal Affairs of the Russian Federation Ivan Orlov had a "
                 "conversation via videoconference with the Minister of Government of Bolivia Jorge Mamani.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [(date(2020, 6, 18), None,
                                                                         ["Ivan Orlov", "Jorge Mamani"])]


def test_the_first_day_of_a_visit_of_some_days_completed_today_is_counted_back() -> None:
    f = facts_of("date 2021-09-17 Today a delegation of the Ministry of Public Security of China led by Vice Minister "
                 "Li Gang completed a three-day working visit to Russia.\n\nOn the first day, the guests were in "
                 "Kazan, where they were received by the Minister of Internal Affairs for the Republic of Tatarstan "
                 "Artem Khokhorin.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2021, 9, 15), "Kazan")]


def test_a_town_the_reference_data_does_not_know_may_begin_with_a_letter_beyond_ascii() -> None:
    f = facts_of(_TRIP_TALKS + " The next meeting of the working group will be held in Ödeshög in 2022.")
    assert f.meetings[-1].place == "Ödeshög"


def test_a_state_that_will_take_over_a_bodys_chair_on_a_day() -> None:
    assert _chairs("date 2021-11-10\nThe next meeting is to be held in 2022 under the chairmanship of Brazil, which "
                   "will take over the BRICS chair on 1 January 2022.") == {("Brazil", "BRICS", date(2022, 1, 1), None)}


def test_a_state_that_will_hand_over_the_chairmanship_hands_over_the_chair_told_of_it() -> None:
    bsec = "Organization of the Black Sea Economic Cooperation"
    assert _chairs("date 2020-06-10\nThe Working Group on Cooperation in Combating Crime met in Belgrade. The event "
                   "was held under the Serbian Chairmanship-in-Office of the BSEC, which began on 1 January and will "
                   "last until 30 June 2020. On 1 July 2020, Serbia will hand over the chairmanship to Moldova.") == {
        ("Serbia", bsec, date(2020, 1, 1), date(2020, 6, 30)), ("Moldova", bsec, date(2020, 7, 1), None)}


def test_a_state_that_presides_over_a_body_this_year_before_a_day_told_after() -> None:
    assert _chairs("date 2021-10-14\nToday the Minister appreciated the work of Kazakhstan, which presides over the "
                   "Commonwealth of Independent States this year, and noted the meeting of the CIS Council of Heads of "
                   "State to be held in Minsk tomorrow.") == {
        ("Kazakhstan", "Commonwealth of Independent States", date(2021, 1, 1), date(2021, 12, 31))}


def test_a_council_currently_chaired_by_an_agency() -> None:
    assert _chairs("date 2021-10-14\nThe interlocutors exchanged views on the activities of the Council of "
                   "Ministers of Internal Affairs of the CIS Member States, currently chaired by the Ministry of "
                   "Internal Affairs of the Republic of Uzbekistan, and agreed to prepare joint proposals.") == {
        ("Ministry of Internal Affairs of the Republic of Uzbekistan",
         "Council of Ministers of Internal Affairs of the CIS Member States", None, None)}


def test_a_state_that_is_to_take_over_a_chairmanship_from_another_in_a_month() -> None:
    beac = "Barents Euro-Arctic Council"
    assert _chairs("date 2019-05-14\nRussia is to take over the chairmanship of the Barents Euro-Arctic Council from "
                   "Norway at the ministerial session in Tromso in October.") == {
        ("Russia", beac, None, None), ("Norway", beac, None, None)}


def test_an_ambassador_received_at_a_ministrys_headquarters_in_a_city() -> None:
    f = facts_of("date 2019-03-05 Today, Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov "
                 "received at the MIA of Russia headquarters in Moscow the Ambassador of the Republic of Chile to the "
                 "Russian Federation Pablo Soto.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [(date(2019, 3, 5), "Moscow",
                                                                         ["Ivan Orlov", "Pablo Soto"])]


def test_a_delegation_that_will_take_part_in_it_joins_the_event_announced() -> None:
    f = facts_of(_TRIP_TALKS + " They also touched upon the Interpol General Assembly to be held in Santiago on "
                 "October 15-18. Sergei Lobov confirmed that a Russian delegation would take part in it.")
    planned = [m for m in f.meetings if m.status == "planned"]
    assert len(planned) == 1 and planned[0].participants == ["Sergei Lobov"]


def test_an_intention_to_hold_regular_consultations_is_no_event() -> None:
    f = facts_of(_TRIP_TALKS + " The parties confirmed their intention to continue close cooperation and to hold "
                 "regular working consultations.")
    assert [m.status for m in f.meetings] == ["held"]


def test_a_headline_line_is_the_first_event_its_body_reports() -> None:
    f = facts_of("date 2019-07-10\nIvan Orlov held talks in Hanoi\n\nYesterday in Hanoi, the Deputy Minister of "
                 "Internal Affairs of the Russian Federation Ivan Orlov held talks with the Minister of Public "
                 "Security of Vietnam Tran Van Lam.\n\nOn the same day, Ivan Orlov met with the Director of the "
                 "Criminal Police Department Nguyen Hoang.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2019, 7, 9), ["Ivan Orlov", "Tran Van Lam"]), (date(2019, 7, 9), ["Ivan Orlov", "Nguyen Hoang"])]


def test_a_first_sentence_with_its_full_stop_is_no_headline() -> None:
    f = facts_of("date 2019-07-10\nIvan Orlov held talks in Hanoi.\n\nYesterday in Hanoi, Ivan Orlov met with the "
                 "Director of the Criminal Police Department Nguyen Hoang.")
    assert len(f.meetings) == 2


_INDIA_TRIP = ("date 2019-12-06\nThe Deputy Minister of Internal Affairs of the Russian Federation Ivan Orlov has "
               "completed a working visit to India, which lasted from 2 to 5 December.\n\nThe programme began in New "
               "Delhi with talks at the Ministry of Home Affairs. Ivan Orlov's counterpart was Special Secretary Ravi "
               "Menon.\n\nThe next day, the Russian delegation was received at the Narcotics Control Bureau, whose "
               "Director General Anil Rao presented the results of recent operations against drug couriers.\n\nOn the "
               "last day of the visit, Ivan Orlov and Ravi Menon signed, in the presence of the Minister of State "
               "Suresh Nair, a Memorandum of Understanding.\n\nThe delegation was also shown the Museum of the Delhi "
               "Police.")


def test_a_visit_programme_that_began_with_talks_and_went_on_day_by_day() -> None:
    f = facts_of(_INDIA_TRIP)
    assert [(m.start, m.end) for m in f.meetings[:3]] == [(date(2019, 12, 2), None), (date(2019, 12, 3), None),
                                                          (date(2019, 12, 5), None)]
    assert f.meetings[1].participants == ["Ivan Orlov", "Anil Rao"]
    assert f.meetings[2].participants == ["Ivan Orlov", "Ravi Menon", "Suresh Nair"]


def test_a_delegation_shown_a_museum_on_a_day_visited_it() -> None:
    f = facts_of("date 2020-03-02\nThe Deputy Minister Ivan Orlov held talks in Vientiane on 27 February with the "
                 "Minister of Public Security of Laos Somphone Keo.\n\nOn 29 February, the members of the delegation "
                 "were shown the Museum of the Lao People's Security Forces.")
    assert [(m.start, m.agencies[:1]) for m in f.meetings][1] == (date(2020, 2, 29),
                                                                   ["Museum of the Lao People's Security Forces"])


def test_talks_on_a_later_day_of_a_session_held_in_a_city_are_in_that_city() -> None:
    f = facts_of("date 2022-10-21\nA delegation of the Ministry of Internal Affairs of the Russian Federation took "
                 "part in the session of the Interpol General Assembly, which was held in Lima from 18 to 21 October "
                 "2022.\n\nOn 20 October, Ivan Orlov met with the Director General of the Police of Chile Pablo Soto."
                 "\n\nOn the same day, Ivan Orlov visited the exhibition of forensic technologies set up by the "
                 "Interpol Innovation Centre.")
    _assembly, talks, exhibition = f.meetings
    assert (talks.start, talks.place) == (date(2022, 10, 20), "Lima")
    assert (exhibition.start, exhibition.place, exhibition.participants) == (date(2022, 10, 20), "Lima",
                                                                             ["Ivan Orlov"])


def test_a_name_on_a_monument_is_no_person_of_the_release() -> None:
    f = facts_of(_TRIP_TALKS + " Before the talks, Marek Hudec laid a wreath at the monument to General Milan "
                 "Stefanik.")
    assert "Milan Stefanik" not in f.persons


def test_a_letter_that_recalls_the_two_ministers_meeting_in_a_city_on_a_day() -> None:
    f = facts_of("date 2015-01-20 The Minister of Internal Affairs of the Russian Federation Ivan Orlov sent a letter "
                 "to the Minister of Public Order of Greece Nikos Pappas, thanking the Greek police.\n\nIvan Orlov "
                 "recalled the constructive atmosphere of their meeting in Athens on November 18, 2014.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2014, 11, 18), "Athens", ["Ivan Orlov", "Nikos Pappas"])]


def test_officers_of_two_states_who_summed_up_an_operation_on_a_day_met() -> None:
    f = facts_of("date 2010-10-29\nOn October 27 in Khabarovsk, law enforcement officers of Russia and China summed "
                 "up the results of the joint operation Border 2010.\n\nThe meeting was chaired by the Chief of the "
                 "Directorate of Internal Affairs for the Khabarovsk Territory Ivan Orlov and the Deputy Director of "
                 "the Department of Public Security of Heilongjiang Province Li Wei.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2010, 10, 27), "Khabarovsk", ["Ivan Orlov", "Li Wei"])]


def test_a_joint_press_conference_on_another_day_is_an_event_of_its_own_and_on_the_day_part_of_the_talks() -> None:
    other_day = facts_of(_TRIP_TALKS + "\n\nThe next day, Sergei Lobov and Marek Hudec gave a joint press conference.")
    assert [m.start for m in other_day.meetings] == [date(2021, 9, 14), date(2021, 9, 15)]
    same_day = facts_of(_TRIP_TALKS + " After the talks, Sergei Lobov and Marek Hudec gave a joint press conference.")
    assert len(same_day.meetings) == 1


def test_a_delegation_that_moved_to_a_city_on_a_day_met_its_hosts_there() -> None:
    f = facts_of(_TRIP_TALKS + "\n\nOn 15 September, the delegation moved to Kazan. At the Ministry of Internal "
                 "Affairs for the Republic of Tatarstan, its Minister, Artem Khokhorin, told the guests about the "
                 "protection of the Universiade.")
    assert [(m.start, m.place, "Artem Khokhorin" in m.participants) for m in f.meetings][1:] == [
        (date(2021, 9, 15), "Kazan", True)]


_BELGRADE_CONFERENCE = ("date 2019-05-18\nOn May 15-17, Belgrade hosted the Interpol European Regional Conference. "
                        "Delegations of Russia, Serbia, Hungary, Norway and Austria took part. The Russian delegation "
                        "was headed by the Deputy Minister Ivan Orlov.\n\n")


def test_talks_on_the_opening_and_on_the_final_day_of_a_conference_are_on_those_days() -> None:
    f = facts_of(_BELGRADE_CONFERENCE + "On the opening day, Ivan Orlov held talks with the Police Director of Serbia "
                 "Dragan Jovic.\n\nOn the final day of the conference, Ivan Orlov had a working meeting with the "
                 "Deputy Director of the National Police Directorate of Norway Lars Berg.")
    assert [(m.start, m.participants) for m in f.meetings[1:]] == [
        (date(2019, 5, 15), ["Ivan Orlov", "Dragan Jovic"]), (date(2019, 5, 17), ["Ivan Orlov", "Lars Berg"])]


def test_two_who_met_on_a_day_of_a_conference_of_many_states_met_on_their_own() -> None:
    f = facts_of(_BELGRADE_CONFERENCE + "On May 15, on the sidelines of the conference, Ivan Orlov held talks with "
                 "the Police Director of Serbia Dragan Jovic.\n\nThat evening, Ivan Orlov met the Chief of the Federal "
                 "Police of Austria Karl Huber.")
    assert [m.participants for m in f.meetings] == [["Ivan Orlov"], ["Ivan Orlov", "Dragan Jovic"],
                                                    ["Ivan Orlov", "Karl Huber"]]


def test_a_meeting_prepared_on_the_eve_or_held_the_day_before_the_talks() -> None:
    eve = facts_of(_TRIP_TALKS + " The ground for the talks was prepared on the eve, when experts of the two "
                   "ministries met at the Department of International Cooperation of the MIA of Russia.")
    assert [m.start for m in eve.meetings] == [date(2021, 9, 14), date(2021, 9, 13)]
    before = facts_of(_TRIP_TALKS + " The talks were preceded by a seminar held in Tula the day before.")
    assert [(m.start, m.place) for m in before.meetings] == [(date(2021, 9, 14), "Moscow"),
                                                             (date(2021, 9, 13), "Tula")]


def test_an_event_two_days_earlier_is_counted_back_from_the_talks() -> None:
    f = facts_of(_TRIP_TALKS + "\n\nThe Deputy Minister's programme in Russia had begun two days earlier in Kazan, "
                 "where Marek Hudec met with the Minister of Internal Affairs of the Republic of Tatarstan Artem "
                 "Khokhorin.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2021, 9, 14), "Moscow"), (date(2021, 9, 12), "Kazan")]


def test_a_draft_worked_out_at_a_session_of_a_group_is_that_session() -> None:
    f = facts_of(_TRIP_TALKS + "\n\nThe draft protocol had been worked out the day before in Tula, at a session of "
                 "the Russian-Slovak Working Group on Cybercrime, co-chaired by the Deputy Chief of the Department "
                 "Ivan Orlov and the Director of the Criminal Police Peter Kral.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2021, 9, 14), "Moscow", ["Sergei Lobov", "Marek Hudec"]),
        (date(2021, 9, 13), "Tula", ["Ivan Orlov", "Peter Kral"])]


def test_the_day_after_the_talks_a_traveller_who_met_someone_there_met_on_that_day() -> None:
    f = facts_of(_TRIP_TALKS + "\n\nSergei Lobov recalled that the previous talks, held in Bratislava last "
                 "year, had opened a new channel.\n\nThe day after the talks, the Slovak guest travelled to Kazan. "
                 "There he met with the Minister of Internal Affairs of the Republic of Tatarstan Artem Khokhorin.\n\n"
                 "It was agreed that the next talks will take place in Slovakia in 2022.")
    held = [m for m in f.meetings if m.status == "held" and m.start]
    assert [(m.start, m.place, "Artem Khokhorin" in m.participants) for m in held] == [
        (date(2021, 9, 14), "Moscow", False), (date(2021, 9, 15), "Kazan", True)]
    planned = [m for m in f.meetings if m.status == "planned"]
    assert [m.agencies for m in planned] == [f.meetings[0].agencies]


def test_a_chair_entrusted_by_a_body_s_members_takes_its_term_from_the_next_sentence() -> None:
    f = facts_of("date 2021-10-02\nOn October 1, Bishkek hosted a session of the Council of Ministers of Internal "
                 "Affairs of the CIS Member States. At the end of the session, the members of the Council entrusted "
                 "the chairmanship to the Ministry of Internal Affairs of the Republic of Kazakhstan. The Kazakh "
                 "ministry will take over the chairmanship from 1 January 2022 for the next two years.")
    assert [(c.holder, c.body, c.start, c.end) for c in f.chairmanships] == [
        ("Ministry of Internal Affairs of the Republic of Kazakhstan",
         "Council of Ministers of Internal Affairs of the CIS Member States", date(2022, 1, 1), date(2023, 12, 31))]


def test_a_holder_whose_chairmanship_ends_is_a_holder() -> None:
    f = facts_of("date 2023-10-20\nOn 18 October, Dushanbe hosted a meeting of the Council of Ministers of Internal "
                 "Affairs of the CIS Member States, organized by Tajikistan, whose chairmanship in the Council ends "
                 "in December.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [("Tajikistan", None, None)]
    dated = facts_of("date 2023-10-20\nOn 18 October, Dushanbe hosted a meeting of the Council of Ministers of "
                     "Internal Affairs of the CIS Member States, organized by Tajikistan, whose chairmanship in the "
                     "Council will end on December 31, 2023.")
    assert [(c.holder, c.end) for c in dated.chairmanships] == [("Tajikistan", date(2023, 12, 31))]


_VISIT_TO_COME = ("date 2022-03-04\nNext week, a delegation of the Ministry of the Interior of Slovenia headed by "
                  "State Secretary Bojan Kos will pay a working visit to Russia.\n\nOn Monday, March 7, Bojan Kos will "
                  "hold talks in Moscow with the Deputy Minister of Internal Affairs of the Russian Federation Igor "
                  "Zubov. ")


def test_a_visit_to_come_told_day_by_day_is_a_planned_meeting_a_day() -> None:
    f = facts_of(_VISIT_TO_COME + "The Director General of the Police of Slovenia Anton Olaj is also expected to take "
                 "part in the talks.\n\nOn Tuesday, the guests will remain in Moscow to visit the Moscow University of "
                 "the MIA of Russia and meet its Head, Igor Kalinin.\n\nOn Wednesday, the delegation will travel to "
                 "Kazan. There Bojan Kos is scheduled to meet the Minister of Internal Affairs of the Republic of "
                 "Tatarstan Artem Khokhorin and to visit the city's situation centre.\n\nThe visit will end on "
                 "Thursday with a round table on countering cybercrime at the Kazan Law Institute of the MIA of "
                 "Russia.")
    assert all(m.status == "planned" for m in f.meetings)
    assert [(m.start, m.place) for m in f.meetings] == [
        (date(2022, 3, 7), "Moscow"), (date(2022, 3, 8), "Moscow"), (date(2022, 3, 9), "Kazan"),
        (date(2022, 3, 10), "Kazan")]
    assert [m.participants for m in f.meetings[:3]] == [
        ["Bojan Kos", "Igor Zubov", "Anton Olaj"], ["Bojan Kos", "Igor Kalinin"], ["Bojan Kos", "Artem Khokhorin"]]


def test_there_after_a_stage_to_come_in_a_city_is_that_stage() -> None:
    f = facts_of(_VISIT_TO_COME + "\n\nThe final part of the visit, on 9-10 March, will take place in Kazan. There, "
                 "Bojan Kos will meet with the Minister of Internal Affairs of the Republic of Tatarstan Artem "
                 "Khokhorin.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2022, 3, 7), "Moscow", ["Bojan Kos", "Igor Zubov"]),
        (date(2022, 3, 9), "Kazan", ["Bojan Kos", "Artem Khokhorin"])]


_VISIT_OF_DAYS = ("date 2022-06-11\nA delegation of the Ministry of Internal Affairs of the Russian Federation led by "
                  "the Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov paid a working visit "
                  "to Kazakhstan from June 6 to 9.\n\nOn June 6, the Russian police officers were received in Astana "
                  "by the Minister of Internal Affairs of the Republic of Kazakhstan Marat Akhmetzhanov.\n\n")


def test_talks_held_at_a_body_on_a_day_of_a_visit_are_the_guests_talks() -> None:
    f = facts_of(_VISIT_OF_DAYS + "On the second day, talks were held at the Academy of the Ministry of Internal "
                 "Affairs of the Republic of Kazakhstan with its Head, Police Major General Nurlan Bekov.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2022, 6, 6), ["Marat Akhmetzhanov", "Igor Zubov"]), (date(2022, 6, 7), ["Nurlan Bekov", "Igor Zubov"])]


def test_the_final_day_of_a_visit_spent_at_a_body_is_an_event_on_that_day() -> None:
    f = facts_of(_VISIT_OF_DAYS + "The final day of the visit was spent at the Karaganda Academy of the Ministry of "
                 "Internal Affairs of the Republic of Kazakhstan.")
    academy = "Karaganda Academy of the Ministry of Internal Affairs of the Republic of Kazakhstan"
    assert [(m.start, academy in m.agencies) for m in f.meetings][1:] == [(date(2022, 6, 9), True)]


def test_a_term_in_a_which_clause_and_a_seat_in_brackets_do_not_date_or_place_the_session() -> None:
    f = facts_of("date 2012-05-20\nOn 18 May 2012, Ankara hosted a meeting of the BSEC Working Group on Cooperation "
                 "in Combating Crime. The session was chaired by the Russian Federation, which acts as the "
                 "country-coordinator of the Working Group from 1 July 2011 to 30 June 2013. Experts of the SELEC "
                 "Regional Centre for Law Enforcement Cooperation (Bucharest) took part in the meeting.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2012, 5, 18), None, "Ankara")]


def test_a_month_abbreviated_before_its_days_dates_the_meeting_and_ends_no_sentence() -> None:
    f = facts_of("date 2016-09-12\nOn Sept. 9-10, 2016, the Kyrgyz capital hosted a regular session of the Council of "
                 "Ministers of Internal Affairs of the CIS Member States.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2016, 9, 9), date(2016, 9, 10), "Bishkek")]


_VISIT_IN_ORDER = ("date 2019-04-20\nFrom 15 to 18 April 2019, a delegation of the Ministry of Interior of the "
                   "Republic of Ghana led by Deputy Minister Kwame Asante paid a working visit to Moscow.\n\nOn the "
                   "first day, Kwame Asante held talks with Deputy Minister of Internal Affairs of the Russian "
                   "Federation Igor Zubov.\n\n")


def test_stages_told_only_in_order_are_events_of_their_own_with_the_guests() -> None:
    f = facts_of(_VISIT_IN_ORDER + "After that, the guests were shown the Expert and Forensic Centre of the MIA of "
                 "Russia. Its Head, Police Major General Pavel Orlov, described the laboratories.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2019, 4, 15), ["Kwame Asante", "Igor Zubov"]), (None, ["Kwame Asante", "Pavel Orlov"])]
    assert "Expert and Criminalistic Center of the MIA of Russia" in f.meetings[1].agencies  # (its canonical name)


def test_at_the_end_of_the_visit_a_guest_received_by_another_host_met_on_its_last_day() -> None:
    f = facts_of(_VISIT_IN_ORDER + "At the end of the visit, Kwame Asante was received by First Deputy Minister of "
                 "Internal Affairs of the Russian Federation Aleksandr Gorovoy.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2019, 4, 15), ["Kwame Asante", "Igor Zubov"]), (date(2019, 4, 18), ["Kwame Asante", "Aleksandr Gorovoy"])]


def test_a_giver_that_had_chaired_since_a_day_hands_over_on_the_meeting_s_day() -> None:
    f = facts_of("date 2021-10-16\nOn 15 October, Tashkent hosted a meeting of the Council of Ministers of Internal "
                 "Affairs of the CIS Member States.\n\nBelarus, which had chaired the Council since 1 November 2020, "
                 "handed over the chairmanship to the Republic of Uzbekistan at the close of the meeting.")
    assert sorted((c.holder, c.start, c.end) for c in f.chairmanships) == [
        ("Belarus", date(2020, 11, 1), date(2021, 10, 15)), ("Uzbekistan", date(2021, 10, 15), None)]


def test_agreed_to_do_something_at_a_meeting_in_a_city_is_that_meeting_planned() -> None:
    f = facts_of("date 2015-03-02\nLast week, a meeting was held in Pskov to sum up a joint operation of the "
                 "Ministry of Internal Affairs of the Russian Federation and the State Police of the Republic of "
                 "Latvia.\n\nThe parties agreed to repeat the operation next year and to assess it at a meeting in "
                 "Rezekne in the spring.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Pskov"), ("planned", "R\u0113zekne")]


_A_VISIT_TO_COME = ("date 2016-05-02\nFrom 10 to 13 May, a delegation of the National Police of Colombia headed by its "
                    "Director, General Jorge Nieto Rojas, will pay a working visit to Russia. The visit is being "
                    "prepared ahead of the 2018 FIFA World Cup, which Russia will host in two years, and the guests "
                    "are interested in the security of the Olympic Games in Sochi.\n\n")


def test_guests_to_be_received_by_a_host_on_a_day_is_a_meeting_planned_and_a_cup_to_host_is_none() -> None:
    f = facts_of(_A_VISIT_TO_COME + "On 11 May, Jorge Nieto Rojas and the members of his delegation will be received "
                 "in Moscow by Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2016, 5, 11), "Moscow", ["Jorge Nieto Rojas", "Igor Zubov"])]


def test_a_stage_to_come_whose_travellers_will_do_something_and_hold_a_meeting_or_be_received_there() -> None:
    for then in ("There Jorge Nieto Rojas and his colleagues will study the security of the stadiums and hold a "
                 "meeting with the Chief of the Main Directorate of the MIA of Russia for the Rostov Region, Police "
                 "Major General Oleg Agarkov.",
                 "They will be received by the Chief of the Main Directorate of the MIA of Russia for the Rostov "
                 "Region, Police Major General Oleg Agarkov."):
        f = facts_of(_A_VISIT_TO_COME + "On 12 May, the Colombian police officers will fly to Rostov-on-Don. " + then)
        assert [(m.status, m.start, m.place, "Oleg Agarkov" in m.participants) for m in f.meetings] == [
            ("planned", date(2016, 5, 12), "Rostov-on-Don", True)], then


def test_a_programme_to_come_its_item_without_a_day_and_its_last_day() -> None:
    f = facts_of("date 2019-09-20\nFrom 1 to 3 October, the Minister of Internal Affairs of the Russian Federation, "
                 "Police General Pavel Lebedev, will pay an official visit to the Republic of Croatia.\n\nOn 1 "
                 "October, in Zagreb, Pavel Lebedev will hold talks with the Minister of the Interior of the Republic "
                 "of Croatia Ante Kovač. The programme also includes a meeting in Zagreb between Pavel Lebedev and the "
                 "General Police Director of Croatia, Ivan Horvat.\n\nThe following day, Pavel Lebedev will travel to "
                 "Split. There he is scheduled to meet with the Chief of the Split-Dalmatia Police Administration, "
                 "Marko Barić.\n\nOn the last day of the visit, the Russian Minister will return to Zagreb and take "
                 "part in a graduation ceremony at the Police Academy.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2019, 10, 1), "Zagreb", ["Pavel Lebedev", "Ante Kovač"]),
        ("planned", None, "Zagreb", ["Pavel Lebedev", "Ivan Horvat"]),
        ("planned", date(2019, 10, 2), "Split", ["Pavel Lebedev", "Marko Barić"]),
        ("planned", date(2019, 10, 3), "Zagreb", ["Pavel Lebedev"])]


def test_the_next_country_to_chair_a_body_and_a_presidency_of_the_g8() -> None:
    f = facts_of("date 2012-05-12\nOn 10 May, Washington hosted a meeting of the Justice and Home Affairs Ministers "
                 "of the Group of Eight. The meeting was held under the American Presidency of the G8 in 2012. The "
                 "United Kingdom will be the next country to chair the G8.")
    assert sorted((c.holder, c.body, c.start, c.end) for c in f.chairmanships) == [
        ("United Kingdom", "Group of Eight", None, None),
        ("United States", "Group of Eight", date(2012, 1, 1), date(2012, 12, 31))]


def test_talks_on_the_first_day_of_a_conference_of_several_days_are_on_that_day_and_their_own() -> None:
    f = facts_of("date 2014-10-10\nFrom 7 to 9 October, Vienna hosted a conference of the Organization for Security "
                 "and Co-operation in Europe on countering terrorism. The Russian delegation was headed by Deputy "
                 "Minister of Internal Affairs of the Russian Federation Igor Zubov.\n\nOn the first day of the "
                 "conference, Igor Zubov held talks with the Director General for Public Security of the Federal "
                 "Ministry of the Interior of the Republic of Austria, Konrad Kogler.")
    assert [(m.start, m.end, m.participants) for m in f.meetings] == [
        (date(2014, 10, 7), date(2014, 10, 9), ["Igor Zubov"]),
        (date(2014, 10, 7), None, ["Igor Zubov", "Konrad Kogler"])]


def test_an_announced_visit_its_talks_during_it_a_stage_to_meet_someone_and_the_meeting_that_prepared_it() -> None:
    f = facts_of("date 2021-09-06\nDeputy Minister of Internal Affairs of the Russian Federation Igor Zubov received "
                 "today the Ambassador of Portugal to Russia, Paulo Vizeu. They discussed preparations for the "
                 "official visit of the Minister of Internal Affairs of the Russian Federation, Police General Pavel "
                 "Lebedev, to Lisbon, which will take place on 14 and 15 September. During the visit, the Russian "
                 "Minister will hold talks with the Minister of Internal Administration of Portugal, Eduardo "
                 "Cabrita.\n\nOn 15 September, the Russian Minister will travel to Porto to meet the Commander of the "
                 "Public Security Police, Superintendent Nuno Silva.\n\nThe programme of the visit was finalised today "
                 "in Moscow at a working meeting between the Chief of the Department of International Cooperation of "
                 "the MIA of Russia, Police Major General Oleg Marchenko, and the Police Attaché of the Embassy of "
                 "Portugal, Colonel Luis Pires.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("held", date(2021, 9, 6), None, ["Igor Zubov", "Paulo Vizeu"]),
        ("planned", date(2021, 9, 14), "Lisbon", ["Pavel Lebedev", "Eduardo Cabrita"]),
        ("planned", date(2021, 9, 15), "Porto", ["Pavel Lebedev", "Nuno Silva"]),
        ("held", date(2021, 9, 6), "Moscow", ["Oleg Marchenko", "Luis Pires"])]


def test_guests_to_arrive_for_a_working_meeting_and_the_meeting_told_again_are_one_meeting() -> None:
    f = facts_of("date 2012-04-10\nTomorrow, a delegation of the State Border Guard of the Republic of Latvia, led "
                 "by General Normunds Garbars, will arrive in Pskov for a working meeting with the leadership of the "
                 "Directorate of the MIA of Russia for the Pskov Region.\n\nThe Russian side will be represented by "
                 "the Chief of the Directorate, Police Major General Boris Lavrov. The meeting will take place "
                 "within the framework of the cooperation plan between the two ministries.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [("planned", date(2012, 4, 11), "Pskov")]


def test_a_visit_announced_its_heads_talks_a_stage_s_host_and_the_consultations_that_invited_the_guest() -> None:
    f = facts_of("date 2018-03-01\nAt the invitation of the Minister of Internal Affairs of the Russian Federation, "
                 "Police General Pavel Lebedev, the Minister of Interior of the Republic of Ghana Kwame Asante will "
                 "pay an official visit to Russia next week.\n\nThe talks between the heads of the two ministries are "
                 "scheduled for next Tuesday in Moscow. On Wednesday, still in Moscow, the guests will visit the "
                 "Academy of Management of the MIA of Russia. The delegation will be received by the Head of the "
                 "Academy, Police Lieutenant General Sergei Orlov.\n\nThe invitation was handed to Kwame Asante on 12 "
                 "February in Accra by the Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov, "
                 "during his consultations with the Ghanaian Minister.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2018, 3, 6), "Moscow", ["Pavel Lebedev", "Kwame Asante"]),
        ("planned", date(2018, 3, 7), "Moscow", ["Kwame Asante", "Sergei Orlov"]),  # (the guest, too)
        ("held", date(2018, 2, 12), "Accra", ["Kwame Asante", "Igor Zubov"])]


def test_a_session_that_will_open_and_talks_also_scheduled_on_its_sidelines_are_planned() -> None:
    f = facts_of("date 2016-03-10\nOn 14 March, the 59th session of the Commission on Narcotic Drugs will open in "
                 "Vienna. The Russian delegation will be headed by the Deputy Minister of Internal Affairs of the "
                 "Russian Federation Igor Zubov.\n\nOn the sidelines of the session, Igor Zubov is also scheduled to "
                 "meet the Director of the Anti-Narcotics Force of Pakistan, Major General Tariq Mehmood.")
    assert [(m.status, m.place, m.participants) for m in f.meetings] == [
        ("planned", "Vienna", ["Igor Zubov"]), ("planned", "Vienna", ["Igor Zubov", "Tariq Mehmood"])]
    assert (f.meetings[0].start, f.meetings[0].end) == (date(2016, 3, 14), None)


def test_a_session_announced_that_will_last_until_a_day_ends_then() -> None:
    f = facts_of("date 2016-03-10\nOn 14 March, the 59th session of the Commission on Narcotic Drugs will open in "
                 "Vienna. The session will last until 22 March.")
    assert [(m.status, m.start, m.end) for m in f.meetings] == [("planned", date(2016, 3, 14), date(2016, 3, 22))]


def test_the_games_a_talk_was_about_which_will_open_later_are_no_event() -> None:
    f = facts_of("date 2013-11-14\nToday, in Sochi, Deputy Minister of Internal Affairs of the Russian Federation Igor "
                 "Zubov held talks with the Director General of Security of the Republic of Turkey, Mehmet Kılıç. The "
                 "talks were devoted to security during the Olympic Winter Games, which will open in less than three "
                 "months.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Sochi")]


def test_a_day_s_journey_to_a_part_of_the_country_is_a_stage_of_its_own() -> None:
    f = facts_of("date 2016-11-25\nOn Monday, in Managua, the Russian delegation headed by Deputy Minister of "
                 "Internal Affairs of the Russian Federation Igor Zubov was received by the Director General of the "
                 "National Police of Nicaragua, First Commissioner Aminta Granera.\n\nOn November 23, the delegation "
                 "travelled to the Caribbean coast. The Chief of the Police of the Caribbean Coast, Commissioner "
                 "Marvin Duarte, showed the Russian colleagues the equipment received from Russia.")
    assert [(m.start, "Marvin Duarte" in m.participants) for m in f.meetings] == [
        (date(2016, 11, 21), False), (date(2016, 11, 23), True)]


def test_without_a_date_line_weekdays_are_the_days_of_the_visit_and_its_hosts_join_the_stage() -> None:
    f = facts_of("From 9 to 13 October 2017, a delegation of the Ministry of the Interior of the Republic of Cuba "
                 "headed by First Deputy Minister of the Interior Raúl Castañeda was in the Russian Federation on a "
                 "working visit.\n\nOn Wednesday, the delegation travelled to Kazan. It was received at the Ministry "
                 "of Internal Affairs for the Republic of Tatarstan by its Minister, Police Lieutenant General Artem "
                 "Khokhorin.\n\nOn Thursday, the Cuban police officers visited the Kazan Law Institute of the MIA of "
                 "Russia. Its Head, Police Major General Oleg Koval, showed the guests the forensic laboratories.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2017, 10, 11), "Kazan", ["Raúl Castañeda", "Artem Khokhorin"]),
        (date(2017, 10, 12), "Kazan", ["Raúl Castañeda", "Oleg Koval"])]


def test_a_conference_that_closed_today_and_opened_on_a_weekday_and_talks_on_its_first_day() -> None:
    f = facts_of("date 2022-11-18\nToday, the Interpol European Regional Conference completed its work in Vienna. The "
                 "three-day forum, which opened on Wednesday, was opened by the Federal Minister of the Interior of "
                 "the Republic of Austria Gerhard Karner. The Russian delegation was headed by Deputy Minister of "
                 "Internal Affairs of the Russian Federation Igor Zubov.\n\nOn the first day of the conference, Igor "
                 "Zubov held talks with Gerhard Karner.")
    assert [(m.start, m.end, m.participants) for m in f.meetings] == [
        (date(2022, 11, 16), date(2022, 11, 18), ["Gerhard Karner", "Igor Zubov"]),
        (date(2022, 11, 16), None, ["Igor Zubov", "Gerhard Karner"])]


def test_a_centre_opened_with_a_ceremony_and_the_talks_after_it_past_a_course_announced() -> None:
    f = facts_of("date 2016-09-08\nYesterday, the Regional Training Centre of the Ministry of Internal Affairs of the "
                 "Russian Federation was opened in Managua. The opening ceremony was attended by Deputy Minister of "
                 "Internal Affairs of the Russian Federation Igor Zubov and the Director General of the National "
                 "Police of Nicaragua, First Commissioner Aminta Granera.\n\nThe first course will be held at the "
                 "Centre from 19 to 30 September.\n\nAfter the ceremony, Igor Zubov and Aminta Granera held talks.")
    assert [(m.status, m.start, m.participants) for m in f.meetings] == [
        ("held", date(2016, 9, 7), ["Igor Zubov", "Aminta Granera"]), ("planned", date(2016, 9, 19), []),
        ("held", date(2016, 9, 7), ["Igor Zubov", "Aminta Granera"])]


def test_the_opening_ceremony_of_a_course_reported_is_part_of_it() -> None:
    f = facts_of("date 2017-10-10\nFrom 9 to 27 October, officers of the National Police of Nicaragua are taking an "
                 "advanced training course at the Saint Petersburg University of the MIA of Russia. The opening "
                 "ceremony was attended by the Chief of the University, Police Lieutenant General Vladislav Pyatkin, "
                 "and the Head of the Regional Training Centre of the MIA of Russia in Managua, Police Colonel Sergei "
                 "Rybnikov.\n\nThe closing ceremony was attended by diplomats of the Embassy of the Republic of "
                 "Nicaragua in the Russian Federation.")
    assert [(m.start, m.end, m.participants) for m in f.meetings] == [
        (date(2017, 10, 9), date(2017, 10, 27), ["Vladislav Pyatkin", "Sergei Rybnikov"])]


def test_the_conference_of_the_body_whose_conference_is_reported_is_that_conference() -> None:
    f = facts_of("date 2019-09-16\nA delegation of the Ministry of Internal Affairs of the Russian Federation took "
                 "part in the 39th ASEANAPOL Conference held in Bangkok on 10-13 September. The delegation was headed "
                 "by Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov.\n\nThe conference of "
                 "the ASEAN National Police (ASEANAPOL) was opened by the Commissioner-General of the Royal Thai "
                 "Police, Police General Chakthip Chaijinda.")
    assert [(m.start, m.end, m.participants) for m in f.meetings] == [
        (date(2019, 9, 10), date(2019, 9, 13), ["Igor Zubov", "Chakthip Chaijinda"])]


def test_a_visit_told_after_it_ended_its_guests_named_before_and_its_last_stage() -> None:
    f = facts_of("date 2019-07-12\nA delegation of the Indonesian National Police headed by its Deputy Chief, Police "
                 "Commissioner General Agus Wiranata, has completed a working visit to Russia. The programme of the "
                 "visit, which lasted from 8 to 11 July, included events in Moscow and Kazan.\n\nOn Monday, the "
                 "guests were received in Moscow by Deputy Minister of Internal Affairs of the Russian Federation Igor "
                 "Zubov.\n\nAt the end of the visit, Agus Wiranata visited the Kazan Law Institute of the MIA of "
                 "Russia, where its Head, Police Colonel Marat Khabibullin, presented the training programmes.")
    assert [(m.start, sorted(m.participants)) for m in f.meetings] == [
        (date(2019, 7, 8), ["Agus Wiranata", "Igor Zubov"]),
        (date(2019, 7, 11), ["Agus Wiranata", "Marat Khabibullin"])]


def test_a_course_that_will_open_tomorrow_its_last_day_and_who_will_attend_its_opening() -> None:
    f = facts_of("date 2021-09-19\nTomorrow, an advanced training course for police officers of the member states of "
                 "the Association of Southeast Asian Nations will open at the Moscow University of the MIA of Russia. "
                 "Classes will last until 1 October.\n\nThe opening ceremony will be attended by the Head of the "
                 "University, Police Lieutenant General Vladislav Pronin.")
    assert [(m.status, m.start, m.end, m.participants) for m in f.meetings] == [
        ("planned", date(2021, 9, 20), date(2021, 10, 1), ["Vladislav Pronin"])]


def test_a_chair_assumed_on_a_day_which_will_last_until_a_day_without_its_year() -> None:
    f = facts_of("date 2024-01-15\nOn 1 January 2024, the Russian Federation assumed the chairmanship of BRICS, which "
                 "will last until 31 December. The Ministry of Internal Affairs of the Russian Federation is "
                 "responsible for the events on the anti-drug track.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [("Russia", date(2024, 1, 1), date(2024, 12, 31))]


def test_a_visit_to_come_that_will_begin_with_talks_and_a_stage_after_that_on_the_same_day() -> None:
    f = facts_of("date 2022-11-25\nFrom 28 November to 1 December, the Minister of Internal Affairs of the Russian "
                 "Federation, Police General Pavel Lebedev, will pay an official visit to India.\n\nThe visit will "
                 "begin in New Delhi on Monday with talks between Pavel Lebedev and the Union Home Minister of India, "
                 "Amit Shah.\n\nThe next day, Pavel Lebedev will hold a meeting with the Director of the Central "
                 "Bureau of Investigation, Subodh Jaiswal. After that, he will visit the Narcotics Control Bureau, "
                 "whose Director General Satya Pradhan will brief the Russian delegation.")
    assert [(m.status, m.start) for m in f.meetings] == [
        ("planned", date(2022, 11, 28)), ("planned", date(2022, 11, 29)), ("planned", date(2022, 11, 29))]


def test_a_velayat_and_a_sub_directorate_in_a_body_s_name_are_no_person() -> None:
    f = facts_of("date 2015-05-22\nOn 20 May, Deputy Minister of Internal Affairs of the Russian Federation Igor "
                 "Zubov met with the Chief of the Police Department of the Lebap Velayat, Police Colonel Dovlet "
                 "Orazov, and with the Head of the Criminal Analysis Sub-Directorate of the Interpol General "
                 "Secretariat, Anna Berg.")
    assert sorted(f.persons) == ["Anna Berg", "Dovlet Orazov", "Igor Zubov"]


@pytest.mark.parametrize("led_by", ["led by", "headed by", "led by Prefect"])
def test_an_untitled_name_leading_a_delegation_is_a_person(led_by: str) -> None:
    f = facts_of("date 2018-10-09\nToday, the Head of the Main Directorate for Migration Issues of the MIA of Russia "
                 f"Valentina Kazakova received a delegation of the Police and Border Guard Board of Estonia {led_by} "
                 "Margus Tamm in Moscow.")
    assert sorted(f.persons) == ["Margus Tamm", "Valentina Kazakova"]
    assert f.persons["Margus Tamm"].agency == "Police and Border Guard Board of the Republic of Estonia"
    assert f.meetings[0].participants == ["Valentina Kazakova", "Margus Tamm"]


def test_a_journey_to_a_region_takes_the_town_the_next_sentence_opens_with() -> None:
    f = facts_of("date 2017-05-19\nA delegation of the MIA of Russia headed by Deputy Minister Igor Zubov has "
                 "returned from Peru.\n\nOn Monday, in Lima, the Russian delegation was received by the Minister of "
                 "the Interior of Peru, Carlos Basombrío. On 17 May, the delegation travelled to the Amazon region. "
                 "In Iquitos, the Chief of the regional police, General Luis Pérez, told the Russian colleagues how "
                 "boats carrying cocaine are stopped on the river.")
    stage = f.meetings[-1]
    assert (stage.start, stage.place, stage.participants) == (
        date(2017, 5, 17), "Iquitos", ["Igor Zubov", "Luis Pérez"])


def test_a_signing_on_the_last_day_back_in_the_capital_is_a_meeting_of_its_own() -> None:
    f = facts_of("date 2017-05-19\nA delegation of the MIA of Russia headed by Deputy Minister Igor Zubov has "
                 "returned from Peru.\n\nOn Monday, in Lima, the Russian delegation was received by the Minister of "
                 "the Interior of Peru, Carlos Basombrío. The parties discussed drug trafficking.\n\nBack in Lima, at "
                 "the end of the visit on Thursday, Igor Zubov and Carlos Basombrío signed a Memorandum of "
                 "Understanding on cooperation in training.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2017, 5, 15), "Lima"), (date(2017, 5, 18), "Lima")]


def test_a_visit_to_come_keeps_its_city_until_the_delegation_will_fly_on_and_he_will_visit_names_the_visitor() -> None:
    f = facts_of("date 2019-04-05\nFrom 8 to 11 April, the First Deputy Minister of Internal Affairs of the Russian "
                 "Federation Alexander Gorovoy will pay a working visit to Brazil.\n\nThe visit will begin in "
                 "Brasilia on Monday with talks between Alexander Gorovoy and the Minister of Justice of Brazil, "
                 "Sergio Moro. The next day, Alexander Gorovoy will hold a meeting with the Director General of the "
                 "Federal Police of Brazil, Mauricio Valeixo. After that, he will visit the National Police Academy."
                 "\n\nThen the Russian delegation will fly to Rio de Janeiro. On 10 April, the Minister will visit "
                 "the Civil Police Academy and meet its Director, Paulo Lima.")
    assert [(m.start, m.place, m.participants[0]) for m in f.meetings] == [
        (date(2019, 4, 8), "Brasília", "Alexander Gorovoy"), (date(2019, 4, 9), "Brasília", "Alexander Gorovoy"),
        (date(2019, 4, 9), "Brasília", "Alexander Gorovoy"), (date(2019, 4, 10), "Rio de Janeiro", "Alexander Gorovoy")]


def test_stages_to_come_of_the_russian_delegation_name_its_head_and_a_round_table_that_day_is_its_own() -> None:
    f = facts_of("date 2016-09-02\nNext week, a delegation of the Ministry of Internal Affairs of the Russian "
                 "Federation headed by the Deputy Minister of Internal Affairs Igor Zubov will pay a working visit to "
                 "Serbia.\n\nOn Monday, the Russian police officers will hold talks in Belgrade with the Minister of "
                 "the Interior of Serbia, Nebojša Stefanović. On Tuesday, the delegation will visit the Criminalistics "
                 "and Police Academy in Belgrade. On the same day, a round table on cyber fraud will be held at the "
                 "Academy with experts of the Serbian police.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2016, 9, 5), ["Igor Zubov", "Nebojša Stefanović"]), (date(2016, 9, 6), ["Igor Zubov"]),
        (date(2016, 9, 6), [])]


@pytest.mark.parametrize("games", ["the Universiade to be held in Krasnoyarsk",
                                   "the Winter Olympic Games, which will be held in Sochi"])
def test_games_to_be_held_in_a_city_are_no_event_announced(games: str) -> None:
    f = facts_of("date 2017-06-14\nToday, the Deputy Minister of Internal Affairs of Russia Igor Zubov met with the "
                 "Minister of the Interior of Slovenia, Vesna Györkös Žnidar, in Moscow. He described the preparations "
                 f"for {games}.")
    assert [(m.status, m.place) for m in f.meetings] == [("held", "Moscow")]


def test_a_minister_of_a_list_of_fields_with_commas_is_a_title() -> None:
    f = facts_of("date 2022-06-01\nThe Minister of Home Affairs, Immigration, Safety and Security of the Republic of "
                 "Namibia, Selma Nangolo, visited Moscow.")
    assert f.persons["Selma Nangolo"].title == (
        "Minister of Home Affairs, Immigration, Safety and Security of the Republic of Namibia")


def test_stages_to_come_of_the_guests_name_the_guest_the_visit_announced() -> None:
    f = facts_of("date 2022-06-01\nFrom 6 to 8 June, the Minister of the Interior of Ghana, Kojo Mensah, will pay an "
                 "official visit to Russia at the invitation of the Minister of Internal Affairs of the Russian "
                 "Federation, Vladimir Kolokoltsev.\n\nOn Monday, the Ghanaian delegation will hold talks with "
                 "Vladimir Kolokoltsev in Moscow. On Tuesday, the guests will visit the Moscow University of the MIA "
                 "of Russia.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2022, 6, 6), ["Kojo Mensah", "Vladimir Kolokoltsev"]), (date(2022, 6, 7), ["Kojo Mensah"])]


def test_a_visit_to_a_lower_case_centre_of_a_named_body_is_a_stage_and_arrived_in_starts_one() -> None:
    f = facts_of("date 2014-10-17\nOn 13 October, in Hanoi, the Russian delegation headed by Deputy Minister Igor "
                 "Zubov held talks with the Minister of Public Security of Vietnam, Tran Dai Quang.\n\nThe next day, "
                 "Igor Zubov visited the operations centre of the Hanoi City Police Department, where its Deputy "
                 "Director Nguyen Van Son showed the guests the traffic cameras.\n\nOn 15 October, the delegation "
                 "arrived in Da Nang. At the Police Department of Da Nang City, he met with its Director, Le Van Tam.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2014, 10, 13), "Hanoi", ["Igor Zubov", "Tran Dai Quang"]),
        (date(2014, 10, 14), "Hanoi", ["Igor Zubov", "Nguyen Van Son"]),
        (date(2014, 10, 15), "Da Nang", ["Igor Zubov", "Le Van Tam"])]


def test_the_guests_of_a_visit_to_russia_visiting_a_unit_are_the_guests_not_their_host() -> None:
    f = facts_of("date 2016-05-20\nOn 16-19 May, a delegation of the National Police of Ecuador headed by its "
                 "Commander General, Diego Mejía, visited the Russian Federation.\n\nOn 16 May, the Ecuadorian police "
                 "officers were received in Moscow by the Deputy Minister of Internal Affairs of the Russian "
                 "Federation, Igor Zubov. The parties discussed drug trafficking.\n\nOn 17 May, the guests got "
                 "acquainted with the work of the duty unit of the Main Directorate of the MIA of Russia for the City "
                 "of Moscow.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2016, 5, 16), ["Igor Zubov", "Diego Mejía"]), (date(2016, 5, 17), ["Diego Mejía"])]


def test_a_unit_visited_on_the_first_day_of_a_meeting_or_by_a_course_s_students_is_no_stage() -> None:
    f = facts_of("date 2019-12-06\nOn 4-5 December, a working meeting of the police of Zabaykalsky Territory and "
                 "the Public Security Department of Inner Mongolia was held in Manzhouli. On the first day, the "
                 "Russian delegation also visited the command centre of the Manzhouli City Bureau.\n\nOn Monday, the "
                 "students visited the cynological centre of the Institute.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [(date(2019, 12, 4), date(2019, 12, 5), "Manzhouli")]


def test_a_vietnamese_name_starting_with_le_is_a_name_and_a_dutch_van_den_told_again_is_not_a_new_one() -> None:
    f = facts_of("date 2018-11-02\nToday, the Minister of Internal Affairs of the Russian Federation Vladimir "
                 "Kolokoltsev met with the Deputy Minister of Public Security of Vietnam, Le Quy Vuong, and with the "
                 "Chief Commissioner of the Netherlands Police, Erik van der Linde. Van der Linde said the talks were "
                 "useful.")
    assert sorted(f.persons) == ["Erik van der Linde", "Le Quy Vuong", "Vladimir Kolokoltsev"]


def test_a_centre_that_will_be_opened_and_its_first_course_that_will_run_are_events_planned() -> None:
    f = facts_of("date 2015-04-08\nTomorrow, in Belgrade, the Regional Training Centre of the MIA of Russia will be "
                 "officially opened. The opening ceremony will be attended by the Deputy Minister of Internal Affairs "
                 "of the Russian Federation Igor Zubov.\n\nThe first course at the Centre will run from 11 to 22 "
                 "May.")
    assert [(m.status, m.start, m.end, m.participants) for m in f.meetings] == [
        ("planned", date(2015, 4, 9), None, ["Igor Zubov"]), ("planned", date(2015, 5, 11), date(2015, 5, 22), [])]


def test_it_will_be_chaired_or_organised_by_names_the_parties_of_the_event_just_announced() -> None:
    f = facts_of("date 2021-03-01\nA joint meeting of the Boards of the MIA of Russia and the MIA of Belarus will be "
                 "held in Pskov on 25 March. It will be chaired by the Minister of Internal Affairs of the Russian "
                 "Federation Vladimir Kolokoltsev and the Minister of Internal Affairs of the Republic of Belarus Ivan "
                 "Kubrakov.\n\nIn the autumn, Vitebsk will host a conference on road safety. It will be organized by "
                 "the Main Directorate for Traffic Safety of the MIA of Russia.")
    assert [(m.place, m.participants) for m in f.meetings] == [
        ("Pskov", ["Vladimir Kolokoltsev", "Ivan Kubrakov"]), ("Vitebsk", [])]
    assert "Main Directorate for Road Traffic Safety of the MIA of Russia" in f.meetings[1].agencies


def test_a_chair_that_will_end_and_pass_on_a_day_without_its_year_ends_on_the_one_to_come() -> None:
    f = facts_of("date 2024-02-15\nKazakhstan has chaired the SCO since 5 July 2023. The Kazakh chairmanship will "
                 "end on 10 September, when the chairmanship will pass to China.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Kazakhstan", date(2023, 7, 5), date(2024, 9, 10)), ("China", date(2024, 9, 10), None)]


def test_talks_expected_on_the_sidelines_and_by_the_delegation_are_planned_with_whom_they_are_to_meet() -> None:
    f = facts_of("date 2019-05-20\nFrom 3 to 5 June, the Minister of Internal Affairs of the Russian Federation "
                 "Vladimir Kolokoltsev will pay an official visit to Uzbekistan.\n\nOn the sidelines of the visit, "
                 "Vladimir Kolokoltsev is expected to hold bilateral talks with Pulat Bobojonov. The Russian "
                 "delegation is also expected to meet with the leadership of the Tashkent City Police Department.")
    assert [(m.status, m.participants) for m in f.meetings] == [
        ("planned", ["Vladimir Kolokoltsev", "Pulat Bobojonov"]), ("planned", ["Vladimir Kolokoltsev"])]


def test_a_visit_to_russia_told_weeks_later_dates_its_weekdays_after_its_first_day_and_names_its_guest() -> None:
    f = facts_of("date 2019-01-15\nAt the end of December, a delegation of the Federal Police of Brazil headed by "
                 "its Director General, Rogério Galloro, paid a working visit to Russia.\n\nOn Monday, December 24, "
                 "the guests held talks in Moscow with the Deputy Minister of Internal Affairs of the Russian "
                 "Federation Igor Zubov. The parties discussed drug trafficking.\n\nOn Tuesday, the delegation "
                 "visited the Main Directorate for Drug Control of the MIA of Russia.")
    assert [(m.start, m.participants[0]) for m in f.meetings] == [
        (date(2018, 12, 24), "Igor Zubov"), (date(2018, 12, 25), "Rogério Galloro")]
    assert "Federal Police of Brazil" in f.meetings[1].agencies


def test_its_title_belongs_to_the_body_named_before_its() -> None:
    f = facts_of("date 2019-01-15\nToday, the delegation visited the Federal Police of Brazil, where its Director "
                 "General, Rogério Galloro, spoke about cocaine. A delegation of the Argentine Federal Police headed "
                 "by its Chief, Néstor Roncaglia, also arrived.")
    assert (f.persons["Rogério Galloro"].agency, f.persons["Néstor Roncaglia"].agency) == (
        "Federal Police of Brazil", "Argentine Federal Police")


def test_games_after_a_roman_numeral_in_a_committee_s_name_are_no_person() -> None:
    f = facts_of("date 2013-03-23\nThe delegation met Alexei Lapin, Deputy Head of Security of the Organizing "
                 "Committee of the XXII Olympic Winter Games and XI Paralympic Winter Games 2014 in Sochi.")
    assert sorted(f.persons) == ["Alexei Lapin"]


def test_who_accepted_an_invitation_to_an_event_announced_next_takes_part_in_it() -> None:
    f = facts_of("date 2023-03-01\nThe Minister of Internal Affairs of the Republic of Belarus, Ivan Kubrakov, has "
                 "accepted the invitation of the Minister of the Interior of Serbia, Bratislav Gasic, to take part "
                 "in a conference of interior ministers of the Balkan states. The conference will be held in Belgrade "
                 "on 12 May.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2023, 5, 12), "Belgrade", ["Ivan Kubrakov", "Bratislav Gasic"])]


def test_the_agenda_of_an_event_named_by_its_city_is_that_event_s_not_the_one_announced_last() -> None:
    f = facts_of("date 2023-03-01\nThe meeting of the Council of Interior Ministers will be held in Belgrade on 12 "
                 "May. The next session of the Working Group will be held in Minsk on 20 September.\n\nThe agenda of "
                 "the Belgrade meeting includes countering illegal migration and drug trafficking.")
    assert [(m.place, m.topics) for m in f.meetings] == [
        ("Belgrade", ["illegal-migration", "drug-trafficking"]), ("Minsk", [])]


def test_the_russian_officers_who_will_hold_talks_on_a_weekday_and_its_date_are_the_delegation_s_head() -> None:
    f = facts_of("date 2014-09-26\nNext week, a delegation of the Ministry of Internal Affairs of the Russian "
                 "Federation headed by the Deputy Minister of Internal Affairs Alexei Gorovoy will pay a working "
                 "visit to Chile.\n\nOn Tuesday, September 30, the Russian police officers will hold talks in "
                 "Santiago with the Director General of the Investigations Police of Chile, Marcos Vásquez Meza.")
    assert [(m.status, m.start, m.participants) for m in f.meetings] == [
        ("planned", date(2014, 9, 30), ["Alexei Gorovoy", "Marcos Vásquez Meza"])]


def test_a_second_chair_told_after_and_in_the_same_sentence_is_a_term_of_its_own() -> None:
    f = facts_of("date 2023-11-20\nThe Minister congratulated his colleague on Uzbekistan's chairmanship of the "
                 "Shanghai Cooperation Organization, which began on 5 July 2023, and spoke about the events planned "
                 "within the framework of Russia's chairmanship of BRICS in 2024.")
    assert sorted((c.holder, c.body, c.start, c.end) for c in f.chairmanships) == [
        ("Russia", "BRICS", date(2024, 1, 1), date(2024, 12, 31)),
        ("Uzbekistan", "Shanghai Cooperation Organization", date(2023, 7, 5), None)]


def test_a_chair_that_began_and_will_last_until_a_day_is_one_term() -> None:
    f = facts_of("date 2024-06-20\nThe meeting was held within the framework of Russia's chairmanship in BRICS, "
                 "which began on January 1, 2024, and will last until December 31, 2024, after which, from "
                 "January 1, 2025, the chairmanship in the association will pass to Brazil.")
    assert sorted((c.holder, c.start, c.end) for c in f.chairmanships) == [
        ("Brazil", date(2025, 1, 1), None), ("Russia", date(2024, 1, 1), date(2024, 12, 31))]


def test_a_holder_who_will_hand_over_the_chair_in_the_same_sentence_keeps_one_clause() -> None:
    f = facts_of("date 2023-11-20\nThe Council of Ministers of Internal Affairs of the CIS Member States met in "
                 "Minsk. The Republic of Belarus has held the chairmanship of the Council since January 2023, and "
                 "will hand over the chairmanship to Kazakhstan on 1 January 2024.")
    assert [(c.holder, c.start, c.end) for c in f.chairmanships] == [
        ("Belarus", None, date(2024, 1, 1)), ("Kazakhstan", date(2024, 1, 1), None)]


def test_a_headline_s_event_takes_the_days_and_city_of_the_lead_that_tells_it() -> None:
    f = facts_of("date 2016-05-20\nMIA delegation holds talks at Interpol headquarters\n\nOn 17-18 May "
                 "2016, a delegation of the Ministry of Internal Affairs of the Russian Federation headed by Oleg "
                 "Sukhov visited the General Secretariat of Interpol in Lyon.\n\nOn May 18, in Lyon, Oleg Sukhov "
                 "also held a working meeting with representatives of the French National Police.")
    assert [(m.start, m.end, m.place) for m in f.meetings] == [
        (date(2016, 5, 17), date(2016, 5, 18), "Lyon"), (date(2016, 5, 18), None, "Lyon")]


def test_a_course_for_officers_of_a_list_of_states_that_will_open_is_planned() -> None:
    f = facts_of("date 2012-10-01\nOn 15 October, a course for police officers of Laos, Cambodia, Vietnam and Myanmar "
                 "will open at the Far Eastern Law Institute of the MIA of Russia in Khabarovsk.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [("planned", date(2012, 10, 15), "Khabarovsk")]
    assert f.meetings[0].countries[:4] == ["Laos", "Cambodia", "Vietnam", "Myanmar"]


def test_an_event_a_body_named_after_its_city_will_host_is_in_that_city() -> None:
    f = facts_of("date 2019-04-02\nFrom 14 to 16 May, the Volgograd Academy of the MIA of Russia will host an "
                 "international seminar on countering extremism.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("planned", date(2019, 5, 14), date(2019, 5, 16), "Volgograd")]


def test_how_an_announced_event_will_take_place_after_a_reason_is_no_event_of_its_own() -> None:
    f = facts_of("date 2020-09-01\nOn 12 October, the Omsk Academy of the MIA of Russia will hold an international "
                 "conference on drug trafficking.\n\nDue to the pandemic, the conference will take place online. "
                 "Representatives of the police of Kazakhstan and Kyrgyzstan will take part in it.")
    assert [(m.status, m.start) for m in f.meetings] == [("planned", date(2020, 10, 12))]
    assert {"Kazakhstan", "Kyrgyzstan"} <= set(f.meetings[0].countries)


def test_a_stage_in_a_town_the_reference_data_lack_is_placed_there() -> None:
    f = facts_of("date 2016-02-12\nOn Monday, in Lima, Oleg Sukhov held talks with the Director General of the "
                 "National Police of Peru, Juan Vega.\n\nOn Wednesday, the Russian police officers flew to Pucallpa "
                 "in the east of the country. The Chief of the Regional Police, Colonel Luis Ortega, told them about "
                 "coca growing.")
    assert [(m.start, m.place) for m in f.meetings] == [
        (date(2016, 2, 8), "Lima"), (date(2016, 2, 10), "Pucallpa")]


def test_two_who_sign_on_their_return_to_a_city_meet_again() -> None:
    f = facts_of("date 2016-02-12\nOn Monday, in Lima, Oleg Sukhov held talks with the Director General of the "
                 "National Police of Peru, Juan Vega.\n\nOn Wednesday, the delegation visited the Police Academy.\n\n"
                 "On their return to Lima the same evening, Oleg Sukhov and Juan Vega signed a Memorandum of "
                 "Understanding.")
    assert [(m.start, m.participants) for m in f.meetings][-1] == (
        date(2016, 2, 10), ["Oleg Sukhov", "Juan Vega"])


def test_getting_acquainted_with_a_museum_s_exposition_the_following_day_is_a_stage_of_that_day() -> None:
    f = facts_of("date 2015-09-20\nOn 15 September, in Vilnius, Deputy Minister Oleg Sukhov held talks with the "
                 "Police Commissioner General of Lithuania, Linas Pernavas.\n\nThe following day, the delegation got "
                 "acquainted with the exposition of the Police Museum in Kaunas, guided by its Director, Rasa "
                 "Kalnė.\n\nOn returning to Vilnius the same evening, Oleg Sukhov and Linas Pernavas signed a plan.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2015, 9, 15), "Vilnius", ["Oleg Sukhov", "Linas Pernavas"]),
        (date(2015, 9, 16), "Kaunas", ["Oleg Sukhov", "Rasa Kalnė"]),
        (date(2015, 9, 16), "Vilnius", ["Oleg Sukhov", "Linas Pernavas"])]


def test_the_ministers_of_an_announced_visit_will_hold_talks_and_others_will_take_part_in_the_negotiations() -> None:
    f = facts_of("date 2009-04-01\nFrom 14 to 16 April, the Minister of Internal Affairs of the Russian Federation "
                 "Rashid Nurgaliyev will pay an official visit to Spain at the invitation of the Minister of the "
                 "Interior of Spain Alfredo Pérez Rubalcaba.\n\nOn 14 April, the Ministers will hold talks in Madrid. "
                 "The Chief of the National Central Bureau of Interpol of the MIA of Russia, Timur Lapin, will take "
                 "part in the negotiations.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2009, 4, 14), "Madrid", ["Rashid Nurgaliyev", "Alfredo Pérez Rubalcaba", "Timur Lapin"])]


def test_a_minister_who_will_stay_in_a_city_and_meet_someone_is_a_stage_planned() -> None:
    f = facts_of("date 2009-04-01\nOn 15 April, the Minister of Internal Affairs of the Russian Federation Rashid "
                 "Nurgaliyev will stay in Madrid and meet the Director General of the Police of Spain, Juan Cotino.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2009, 4, 15), "Madrid", ["Rashid Nurgaliyev", "Juan Cotino"])]


def test_the_final_day_s_journey_and_who_will_receive_the_minister_there() -> None:
    f = facts_of("date 2009-04-01\nFrom 14 to 16 April, the Minister of Internal Affairs of the Russian Federation "
                 "Rashid Nurgaliyev will pay an official visit to Italy.\n\nOn the final day of the visit, the "
                 "Russian delegation will travel to Palermo. There Rashid Nurgaliyev will be received at the "
                 "Prefecture by the Prefect, Giancarlo Trevisone.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2009, 4, 16), "Palermo", ["Rashid Nurgaliyev", "Giancarlo Trevisone"])]


def test_a_visit_to_russia_announced_without_a_date_line_frames_its_stages_by_day() -> None:
    f = facts_of("From 9 to 12 June 2014, a delegation of the Royal Thai Police headed by its Deputy Commissioner, "
                 "Police General Somchai Rattanakul, will visit the Russian Federation.\n\nOn the first day, the Thai "
                 "guests will hold talks in Moscow with Deputy Minister of Internal Affairs of the Russian Federation "
                 "Sergei Gerasimov.\n\nThe next day, the delegation will visit the Expert and Forensic Centre of the "
                 "MIA of Russia. Its Chief, Police Major General Tatyana Orlova, will present the DNA database.\n\n"
                 "Then, on Wednesday, the Thai police officers will continue to Kazan. On 11 June they will be "
                 "received by the Minister of Internal Affairs for the Republic of Tatarstan, Artyom Khokhorin.\n\n"
                 "On the final day, the guests will visit the Kazan Law Institute of the MIA of Russia.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2014, 6, 9), "Moscow", ["Somchai Rattanakul", "Sergei Gerasimov"]),
        ("planned", date(2014, 6, 10), "Moscow", ["Somchai Rattanakul", "Tatyana Orlova"]),
        ("planned", date(2014, 6, 11), "Kazan", ["Somchai Rattanakul", "Artyom Khokhorin"]),
        ("planned", date(2014, 6, 12), "Kazan", ["Somchai Rattanakul"])]


def test_the_guests_met_by_a_host_at_an_announced_stage_are_the_guest_not_the_russian_host_before() -> None:
    f = facts_of("date 2015-08-28\nFrom 1 to 4 September, a delegation of the Ministry of Public Security of the "
                 "People's Republic of China headed by Vice Minister of Public Security Li Wei will visit Russia.\n\n"
                 "On Tuesday, 1 September, the Chinese guests will be received in Moscow by Deputy Minister of "
                 "Internal Affairs of the Russian Federation Igor Zubov.\n\nOn 2 September, in the afternoon the "
                 "guests will visit the Far Eastern Law Institute of the MIA of Russia in Khabarovsk, where they will "
                 "be met by its Chief, Konstantin Belyaev.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2015, 9, 1), ["Li Wei", "Igor Zubov"]), (date(2015, 9, 2), ["Li Wei", "Konstantin Belyaev"])]


def test_an_announced_programme_s_talks_name_the_minister_received_and_who_will_also_take_part() -> None:
    f = facts_of("date 2021-06-25\nFrom June 28 to July 1, Minister of Internal Affairs of the Republic of "
                 "Tajikistan Ramazon Rahimzoda will visit the Russian Federation.\n\nThe programme will open on "
                 "Monday in Moscow with talks at the Ministry of Internal Affairs of the Russian Federation. The "
                 "Tajik Minister will be received by the Minister of Internal Affairs of the Russian Federation "
                 "Vladimir Kolokoltsev. The Chief of the Main Directorate for Migration of the MIA of Russia, "
                 "Valentina Kazakova, will also take part in the negotiations.\n\nOn Tuesday, the guests will stay "
                 "in Moscow and will get acquainted with the work of the Moscow University of the MIA of Russia. The "
                 "guests will be welcomed by the Chief of the University, Igor Kalinin.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2021, 6, 28), ["Ramazon Rahimzoda", "Vladimir Kolokoltsev", "Valentina Kazakova"]),
        (date(2021, 6, 29), ["Ramazon Rahimzoda", "Igor Kalinin"])]


def test_who_will_receive_the_delegation_there_or_on_the_final_day_hosts_that_stage_of_its_own() -> None:
    f = facts_of("date 2022-11-10\nFrom 14 to 17 November, the Minister of Safety and Security of Namibia, Albertina "
                 "Nandi, will pay an official visit to the Russian Federation.\n\nOn Wednesday, the delegation will "
                 "fly to Saint Petersburg. There it will be received by the Chief of the Main Directorate of the MIA "
                 "of Russia for Saint Petersburg and the Leningrad Region, Roman Plugin.\n\nOn the final day of the "
                 "visit, the Namibian delegation will be received by the Governor of the Leningrad Region, Alexander "
                 "Drozdenko.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2022, 11, 16), "Saint Petersburg", ["Albertina Nandi", "Roman Plugin"]),
        (date(2022, 11, 17), "Saint Petersburg", ["Albertina Nandi", "Alexander Drozdenko"])]


def test_who_will_receive_the_delegation_on_the_final_day_right_after_a_stage_hosts_a_stage_of_its_own() -> None:
    f = facts_of("date 2022-11-10\nFrom 14 to 17 November, the Minister of Safety and Security of Namibia, Albertina "
                 "Nandi, will pay an official visit to the Russian Federation.\n\nOn Wednesday, the guests will visit "
                 "the University of the MIA of Russia.\n\nOn the final day of the visit, the "
                 "Namibian delegation will be received by the Governor of the Leningrad Region, Alexander Drozdenko.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2022, 11, 16), ["Albertina Nandi"]), (date(2022, 11, 17), ["Albertina Nandi", "Alexander Drozdenko"])]


def test_the_next_meeting_agreed_on_the_last_day_of_a_visit_made_keeps_no_day_without_a_date_line() -> None:
    f = facts_of("From 18 to 19 May 2015, a delegation of the Ministry of Internal Affairs of the Russian Federation "
                 "headed by Igor Zubov paid a working visit to Mexico.\n\nOn 18 May, in Mexico City, Igor Zubov held "
                 "talks with the Commissioner of the Federal Police, Enrique Galindo.\n\nOn the last day of the visit, "
                 "the parties agreed that the next round of consultations will be held in Moscow.")
    assert [(m.status, m.start, m.place) for m in f.meetings][-1] == ("planned", None, "Moscow")


def test_who_met_someone_to_present_a_chairmanship_s_plan_met_them() -> None:
    f = facts_of("date 2020-01-16\nToday in Moscow, Deputy Minister of Internal Affairs of the Russian Federation "
                 "Igor Zubov met with liaison officers of Brazil and India and presented to them the plan of events "
                 "for the period of the Russian chairmanship.")
    assert [(m.status, m.start, m.participants) for m in f.meetings] == [
        ("held", date(2020, 1, 16), ["Igor Zubov"])]


def test_an_event_that_will_bring_experts_together_and_be_chaired_by_someone_names_its_chair() -> None:
    f = facts_of("date 2020-01-16\nThe first event will be a meeting of the BRICS Anti-Drug Working Group, to be held "
                 "in Kazan from 3 to 5 June. It will bring together experts of the five countries and will be chaired "
                 "by the Chief of the Main Directorate for Drug Control of the MIA of Russia, Andrei Khrapov. The "
                 "Chinese side informed that its delegation would be led by the Director of the Narcotics Control "
                 "Bureau of China, Liang Yun.")
    assert [(m.start, m.participants) for m in f.meetings] == [(date(2020, 6, 3), ["Andrei Khrapov", "Liang Yun"])]


def test_talks_postponed_to_a_later_day_are_planned_then_with_whom_the_meeting_before_prepared() -> None:
    f = facts_of("date 2017-02-16\nToday in Moscow, the Chief of the Department of International Cooperation of "
                 "the MIA of Russia, Yuri Koshelev, met with the Ambassador of Laos, Thongsavanh Phomvihane.\n\nThe "
                 "meeting was devoted to the preparations for the visit of the Minister of Public Security of Laos, "
                 "Vilay Lakhamfong, to Russia. His talks with the Minister of Internal Affairs of the Russian "
                 "Federation Vladimir Kolokoltsev, which had been scheduled for 2 March, have been postponed and "
                 "will now take place in Moscow on 13 March.")
    assert [(m.status, m.start, m.participants) for m in f.meetings] == [
        ("held", date(2017, 2, 16), ["Yuri Koshelev", "Thongsavanh Phomvihane"]),
        ("planned", date(2017, 3, 13), ["Vilay Lakhamfong", "Vladimir Kolokoltsev"])]


def test_the_guests_of_a_visit_abroad_are_the_russian_delegation_and_its_final_day_signing_a_meeting_apart() -> None:
    f = facts_of("date 2017-11-17\nA delegation of the Ministry of Internal Affairs of the Russian Federation headed "
                 "by Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov has returned from a "
                 "working visit to the Republic of Cuba.\n\nOn November 13, in Havana, Igor Zubov held talks with the "
                 "Minister of the Interior of Cuba, Julio César Gandarilla.\n\nThe next day, the guests visited the "
                 "Higher Institute of the Ministry of the Interior of Cuba in Havana, where they were received by its "
                 "Rector, Maritza Lorenzo.\n\nOn the final day of the visit, in Havana, Igor Zubov and Julio César "
                 "Gandarilla signed a Plan of Cooperation.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2017, 11, 13), ["Igor Zubov", "Julio César Gandarilla"]),
        (date(2017, 11, 14), ["Igor Zubov", "Maritza Lorenzo"]),
        (None, ["Igor Zubov", "Julio César Gandarilla"])]


def test_the_minister_who_will_hold_talks_on_a_day_of_his_visit_is_the_minister_the_release_is_about() -> None:
    f = facts_of("On 13-14 October 2009, the Minister of Internal Affairs of the Russian Federation Rashid Nurgaliyev "
                 "will be on a working visit to Astana.\n\nOn 13 October, the Minister will hold talks with the "
                 "Minister of Internal Affairs of the Republic of Kazakhstan Serik Baimukhanov.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2009, 10, 13), ["Rashid Nurgaliyev", "Serik Baimukhanov"])]


def test_he_who_will_meet_someone_on_a_day_to_come_is_who_the_sentence_names_not_the_release_s_protagonist() -> None:
    f = facts_of("date 2015-07-08\nToday, Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov "
                 "met with the Inspector-General of the Royal Malaysia Police, Khalid Abu Bakar.\n\nOn Friday, "
                 "Datuk Seri Khalid will visit the Moscow University of the MIA of Russia, where he will meet the "
                 "University's leadership.")
    assert "Igor Zubov" not in f.meetings[-1].participants


def test_who_leads_a_delegation_under_a_title_with_of_serves_in_its_body() -> None:
    f = facts_of("date 2019-06-07\nA delegation of the Ministry of Interior of the Arab Republic of Egypt led by "
                 "Minister of Interior, Major General Hisham Abdel Rahman will pay an official visit to Russia.")
    assert (f.persons["Hisham Abdel Rahman"].agency, f.persons["Hisham Abdel Rahman"].country) == (
        "Ministry of Interior of the Arab Republic of Egypt", "Egypt")


def test_who_leads_representatives_of_a_body_named_after_a_delegation_serves_in_that_body() -> None:
    f = facts_of("date 2019-06-07\nThe talks were attended by a delegation of the Ministry of Internal Affairs of "
                 "the Russian Federation and representatives of the Federal Ministry of the Interior of the Republic "
                 "of Austria led by Director General for Public Security Katharina Grünwald.")
    assert f.persons["Katharina Grünwald"].agency != "Ministry of Internal Affairs of the Russian Federation"


def test_who_leads_a_delegation_of_a_body_named_with_its_abbreviation_serves_in_that_body() -> None:
    f = facts_of("date 2024-06-14\nNext week a delegation of the South African Police Service (SAPS) led by the "
                 "National Commissioner, General Thabo Mokoena, will visit the Russian Federation.")
    assert f.persons["Thabo Mokoena"].agency == "South African Police Service"


def test_a_course_a_university_will_open_tomorrow_is_planned_in_its_city_until_the_day_it_will_run_to() -> None:
    f = facts_of("date 2025-02-03\nTomorrow, the Volgograd Academy of the MIA of Russia will open a two-week advanced "
                 "training course for police officers of Laos and Vietnam. The course will run until 14 February.")
    assert [(m.status, m.start, m.end, m.place) for m in f.meetings] == [
        ("planned", date(2025, 2, 4), date(2025, 2, 14), "Volgograd")]


def test_a_meeting_held_there_is_in_the_city_the_sentence_before_named() -> None:
    f = facts_of("date 2021-06-18\nIn the autumn, the Omsk Academy of the MIA of Russia will host in Omsk an "
                 "international conference on cybercrime. The day before, the organizing committee of the conference "
                 "held its first meeting there.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [
        ("planned", None, "Omsk"), ("held", date(2021, 6, 17), "Omsk")]


def test_the_kazakh_guests_of_a_visit_to_russia_they_returned_from_are_its_guest() -> None:
    f = facts_of("date 2007-10-19\nA delegation of the Ministry of Internal Affairs of the Republic of Kazakhstan led "
                 "by the Minister of Internal Affairs of the Republic of Kazakhstan Baurzhan Mukhamedzhanov has "
                 "returned home after a four-day working visit to Russia.\n\nOn the second day of the visit, the "
                 "Kazakh guests went to the Central Museum of the Ministry of Internal Affairs of Russia in Moscow, "
                 "where they were welcomed by the Director of the Museum, Lyudmila Vorontsova.")
    assert [m.participants for m in f.meetings] == [["Baurzhan Mukhamedzhanov", "Lyudmila Vorontsova"]]


@pytest.mark.parametrize(("text", "name"), [
    ("talks with the Minister of Interior of the Kingdom of Saudi Arabia, Prince Abdulaziz bin Saud Al Saud.",
     "Abdulaziz bin Saud Al Saud"),
    ("met the Police Attaché of the Embassy of France in Moscow, Commissaire Divisionnaire Paul Girard.",
     "Paul Girard"),
    ("met the Police Attaché of the Embassy of France in Moscow, Commandant Divisionnaire Anne Roux.", "Anne Roux"),
])
def test_a_prince_s_and_a_french_rank_s_words_are_no_part_of_the_name(text: str, name: str) -> None:
    f = facts_of("date 2020-02-12\nToday in Moscow, Deputy Minister of Internal Affairs of the Russian Federation "
                 "Igor Zubov held " + text)
    assert sorted(f.persons) == sorted(["Igor Zubov", name])


def test_its_before_a_title_and_an_airport_s_name_are_no_person() -> None:
    f = facts_of("date 2020-02-12\nThe officers visited the Academy of Criminalistic and Police Studies in Belgrade. "
                 "Its Dean, Professor Milica Jovanović, spoke about the training. Later that day, at Novosibirsk's "
                 "Tolmachevo Airport, the Chief of the Linear Department, Oleg Frolov, met the guests.")
    assert sorted(f.persons) == ["Milica Jovanović", "Oleg Frolov"]


def test_a_visit_that_will_begin_on_a_weekday_dates_its_first_next_and_final_stages() -> None:
    f = facts_of("date 2013-09-20\nOn Monday, the Minister of Internal Affairs of the Russian Federation, Pavel "
                 "Sidorin, will begin a three-day working visit to the Kingdom of Spain.\n\nIn Madrid, the Russian "
                 "Minister will hold talks with the Minister of the Interior of the Kingdom of Spain Luis Ortega.\n\n"
                 "The next day, the Russian Minister will travel to Barcelona to meet the Chief of the Catalan "
                 "police, Jordi Puig.\n\nOn the final day of the visit, Pavel Sidorin will visit the Spanish Police "
                 "Academy in Avila.")
    assert [(m.start, m.participants[:1]) for m in f.meetings] == [
        (date(2013, 9, 23), ["Pavel Sidorin"]), (date(2013, 9, 24), ["Pavel Sidorin"]),
        (date(2013, 9, 25), ["Pavel Sidorin"])]


def test_the_first_stage_of_a_visit_framed_by_its_days_is_on_its_first_day_and_has_the_guest() -> None:
    f = facts_of("date 2012-06-01\nFrom 4 to 6 June, a delegation of the Ministry of the Interior of Portugal headed "
                 "by Minister Rui Tavares will visit the Russian Federation. It will be the first such visit.\n\nIn "
                 "Moscow, the guests will hold talks with the Minister of Internal Affairs of Russia Anton Kolobov.\n\n"
                 "The next day, the guests will travel to Kazan, where they will be received by the Minister of "
                 "Internal Affairs of Tatarstan Ildar Safin.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2012, 6, 4), "Moscow", ["Rui Tavares", "Anton Kolobov"]),
        (date(2012, 6, 5), "Kazan", ["Rui Tavares", "Ildar Safin"])]


def test_the_city_told_after_a_journey_announced_is_where_that_stage_s_meeting_will_be() -> None:
    f = facts_of("date 2012-04-10\nOn 18 April, the Russian delegation headed by Deputy Minister Anatoly Rudov will "
                 "travel to Hokkaido. In Sapporo, the Deputy Minister is scheduled to meet with the Chief of the "
                 "Hokkaido Prefectural Police, Masaru Fujimoto.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2012, 4, 18), "Sapporo", ["Anatoly Rudov", "Masaru Fujimoto"])]


def test_a_minister_of_police_serves_in_the_ministry_of_police_not_in_a_body_named_police() -> None:
    f = facts_of("date 2017-10-02\nOn Monday, the Russian Minister held talks with the Minister of Police of the "
                 "Republic of South Africa, Nomvula Dlamini.")
    assert f.persons["Nomvula Dlamini"].agency == "Ministry of Police of the Republic of South Africa"
    assert sorted(f.agencies) == ["Ministry of Police of the Republic of South Africa"]


@pytest.mark.parametrize(("text", "name"), [
    ("the Minister was received by the Premier of the Western Cape, Thandiwe Nkosi.", "Thandiwe Nkosi"),
    ("the Minister met jointly with the Akim of Almaty Serik Baimukhanov.", "Serik Baimukhanov"),
])
def test_a_premier_and_an_akim_are_titles_before_a_name(text: str, name: str) -> None:
    f = facts_of("date 2017-10-02\nOn Wednesday, " + text)
    assert name in f.persons and f.persons[name].title.split()[0] in ("Premier", "Akim")


def test_talks_announced_after_the_city_a_programme_will_open_in_are_there_with_the_host_there_told() -> None:
    f = facts_of("date 2017-10-04\nThe Minister of Internal Affairs of the Russian Federation, Pavel Sidorin, will "
                 "visit the Republic of Kenya from Monday, 9 October, to Tuesday, 10 October 2017.\n\nThe programme "
                 "will open in Nairobi. On Monday, the Russian Minister will hold talks with the Cabinet Secretary "
                 "for the Interior of Kenya, Joseph Kamau.\n\nOn Tuesday, Pavel Sidorin will go to Mombasa. There, "
                 "the Regional Police Commander of the Coast Region, Peter Otieno, will acquaint him with the work "
                 "of the port police.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2017, 10, 9), "Nairobi", ["Pavel Sidorin", "Joseph Kamau"]),
        (date(2017, 10, 10), "Mombasa", ["Pavel Sidorin", "Peter Otieno"])]


def test_a_city_named_two_sentences_before_an_event_announced_is_not_its_place() -> None:
    f = facts_of("date 2024-09-16\nOn Thursday, September 19, the Council of Ministers of Internal Affairs of the CIS "
                 "Member States will hold its session in Dushanbe. The Council will also review the decisions of its "
                 "previous session, held in Minsk in 2023. The Council is expected to decide on its next chair.\n\n"
                 "On Wednesday, experts will meet at the same venue to finalise the draft documents.")
    assert [(m.start, m.place) for m in f.meetings] == [
        (date(2024, 9, 19), "Dushanbe"), (date(2024, 9, 18), "Dushanbe")]


def test_talks_that_will_be_held_during_a_visit_framed_by_its_days_have_the_visitor() -> None:
    f = facts_of("date 2017-10-10\nFrom 16 to 18 October 2017, Deputy Minister of Internal Affairs of the Russian "
                 "Federation Oleg Vetrov will visit the Republic of Croatia.\n\nThe programme of the visit begins on "
                 "16 October in Zagreb. After the ceremony, talks will be held at the Croatian Ministry of the "
                 "Interior with Minister of the Interior Ivan Horvat.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2017, 10, 16), "Zagreb", ["Oleg Vetrov", "Ivan Horvat"])]


def test_a_stage_told_after_the_day_and_city_the_sentence_before_announced_is_on_that_day_there() -> None:
    f = facts_of("date 2013-11-27\nOn Monday, December 2, in Brasília, the Russian officials headed by Deputy Minister "
                 "Igor Lebedev will hold talks with the Director-General of the Federal Police Department of Brazil, "
                 "Paulo Ribeiro.\n\nOn Thursday, the Russian police officers will be in Rio de Janeiro. There they "
                 "will meet the head of the Public Security Secretariat of the State of Rio de Janeiro, Carlos "
                 "Moreira.")
    assert [(m.start, m.place) for m in f.meetings] == [
        (date(2013, 12, 2), "Brasília"), (date(2013, 12, 5), "Rio de Janeiro")]


def test_talks_the_next_day_after_a_programme_that_will_open_on_a_day_in_a_city_are_there_a_day_later() -> None:
    f = facts_of("date 2017-02-13\nFrom 20 to 23 February, the Minister of Internal Affairs of the Russian Federation "
                 "Pavel Sidorin will pay an official visit to the Republic of India.\n\nThe programme will open on 20 "
                 "February in New Delhi with a wreath-laying ceremony.\n\nThe next day, the Russian Minister will hold "
                 "talks with the Minister of Home Affairs of the Republic of India, Ravi Kumar.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2017, 2, 21), "New Delhi", ["Pavel Sidorin", "Ravi Kumar"])]


def test_panels_planned_after_a_speaker_who_will_join_from_a_city_are_no_event_in_that_city() -> None:
    f = facts_of("date 2021-05-20\nFrom 3 to 5 June, the University of the MIA of Russia will host a conference on "
                 "cybercrime.\n\nThe Director of Cybercrime of the Interpol General Secretariat, Kenji Sato, will "
                 "address the participants by video link from Singapore.\n\nFour panel discussions are planned: on "
                 "phishing, on ransomware and on the laundering of criminal proceeds.")
    assert "Singapore" not in [m.place for m in f.meetings]


def test_the_two_ministers_who_will_be_received_by_someone_are_the_two_named_before() -> None:
    f = facts_of("date 2018-07-12\nOn Monday in Minsk, the Minister of Internal Affairs of the Russian Federation "
                 "Pavel Sidorin will hold talks with the Minister of Internal Affairs of the Republic of Belarus Ivan "
                 "Karpenko.\n\nOn Tuesday, in Grodno, the two Ministers will be received by the Governor of the "
                 "Grodno Region Viktor Sokolov.\n\nThe next meeting of the Ministers will be held in Moscow.")
    assert [m.participants for m in f.meetings] == [
        ["Pavel Sidorin", "Ivan Karpenko"], ["Pavel Sidorin", "Ivan Karpenko", "Viktor Sokolov"], []]


def test_a_minister_who_will_arrive_in_moscow_on_a_visit_at_someone_s_invitation_will_meet_him() -> None:
    f = facts_of("date 2013-02-25\nOn 14 March, the Minister of the Interior of the Republic of Croatia Ivan Babić "
                 "will arrive in Moscow on an official visit at the invitation of the Minister of Internal Affairs of "
                 "the Russian Federation Pavel Sidorin.\n\nDuring the talks, the Ministers are expected to sign an "
                 "Agreement on cooperation in combating crime.")
    assert [(m.status, m.start, m.place, m.participants) for m in f.meetings] == [
        ("planned", date(2013, 3, 14), "Moscow", ["Ivan Babić", "Pavel Sidorin"])]


def test_talks_on_the_day_of_an_arrival_on_a_visit_are_what_the_arrival_announced() -> None:
    f = facts_of("date 2023-10-05\n\"Tomorrow, the Minister of Internal Affairs of the Russian Federation Pavel "
                 "Sidorin will arrive in Zagreb on a working visit,\" said the MIA of Russia Spokesperson Olga "
                 "Markova.\n\nAccording to her, on 6 October in Zagreb the Minister will hold talks with the "
                 "Minister of the Interior of the Republic of Croatia Ivan Babić.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2023, 10, 6), "Zagreb", ["Pavel Sidorin", "Ivan Babić"])]


def test_the_stages_of_an_official_visit_to_a_state_announced_with_its_days_count_from_its_first_day() -> None:
    f = facts_of("date 2009-11-06\nOn 16-18 November 2009, the Minister of Internal Affairs of the Russian Federation "
                 "Pavel Sidorin will pay an official visit to the Republic of Turkey.\n\nThe talks at the Ministry of "
                 "Interior of Turkey will be held in Ankara.\n\nThe next day, Pavel Sidorin will visit the Turkish "
                 "Police Academy, where he will be received by its President, Selim Aydın.")
    assert [(m.start, m.participants) for m in f.meetings] == [
        (date(2009, 11, 16), []), (date(2009, 11, 17), ["Pavel Sidorin", "Selim Aydın"])]


def test_a_minister_who_will_lay_a_wreath_and_then_hold_talks_with_someone_will_meet_him() -> None:
    f = facts_of("date 2025-05-16\nFrom 26 to 29 May, Deputy Minister of Internal Affairs of the Russian Federation "
                 "Oleg Vetrov will pay a working visit to the Arab Republic of Egypt.\n\nOn 26 May, in Cairo, Oleg "
                 "Vetrov will lay a wreath at the Unknown Soldier Memorial and then hold talks with the Assistant "
                 "Minister of Interior of the Arab Republic of Egypt, Hassan Saleh.")
    assert [(m.start, m.place, m.participants) for m in f.meetings] == [
        (date(2025, 5, 26), "Cairo", ["Oleg Vetrov", "Hassan Saleh"])]


def test_an_event_that_is_held_within_the_framework_of_a_chairmanship_is_the_event_announced() -> None:
    f = facts_of("date 2009-05-12\nOn 26-27 May, Moscow will host a meeting of the Ministers of Internal Affairs of "
                 "the SCO member states. The event is held within the framework of the Russian chairmanship of the "
                 "Organization, which began in August 2008 and will end at the summit of the SCO Council of Heads of "
                 "State in Yekaterinburg in June.")
    assert [(m.status, m.start, m.place) for m in f.meetings] == [("planned", date(2009, 5, 26), "Moscow")]


def test_who_will_present_a_report_at_an_event_announced_takes_part_in_it() -> None:
    f = facts_of("date 2014-09-08\nOn Thursday, Dushanbe will host the meeting of the Council of Ministers of "
                 "Internal Affairs of the CIS Member States. The Russian delegation will be led by the Minister of "
                 "Internal Affairs of the Russian Federation, Pavel Sidorin.\n\nThe Director of the BCOCC, Oleg "
                 "Markin, will present a report on heroin trafficking from Afghanistan.")
    assert [m.participants for m in f.meetings] == [["Pavel Sidorin", "Oleg Markin"]]


def test_the_two_who_will_co_chair_an_event_announced_in_a_sentence_of_their_own_take_part_in_it() -> None:
    f = facts_of("date 2023-06-26\nOn 30 June, Grodno will host a joint meeting of the Boards of the two ministries. "
                 "The meeting will be co-chaired by the Minister of Internal Affairs of the Russian Federation, Pavel "
                 "Sidorin, and the Minister of Internal Affairs of the Republic of Belarus, Ivan Karpenko.")
    assert [m.participants for m in f.meetings] == [["Pavel Sidorin", "Ivan Karpenko"]]


def test_a_name_after_a_body_s_aliases_in_brackets_is_a_person_with_the_title_before() -> None:
    f = facts_of("date 2006-10-03\nThe President of the Federal Criminal Police Office of Germany (Bundeskriminalamt, "
                 "BKA) Jens Albrecht will visit Moscow.")
    assert f.persons["Jens Albrecht"].title == "President of the Federal Criminal Police Office of Germany"


def test_talks_the_programme_of_a_visit_announced_provides_for_are_that_visit_s() -> None:
    f = facts_of("date 2006-10-03\nFrom 16 to 18 October, the President of the Federal Police of Austria Jens "
                 "Albrecht will visit Moscow.\n\nThe programme of the visit provides for talks with the First Deputy "
                 "Minister of Internal Affairs of the Russian Federation Pavel Sidorin.")
    assert [(m.start, m.end, m.place, m.participants) for m in f.meetings] == [
        (date(2006, 10, 16), date(2006, 10, 18), "Moscow", ["Jens Albrecht", "Pavel Sidorin"])]


@pytest.mark.parametrize(("lead", "day"), [
    ("In July 2006, a delegation", date(2006, 7, 10)),
    ("In 2006, a delegation", date(2006, 7, 10)),
])
def test_without_a_date_line_the_year_the_lead_tells_dates_the_days_told_after(lead: str, day: date) -> None:
    f = facts_of(lead + " of the Ministry of Public Security of China headed by Assistant Minister Zhao Ming paid "
                 "a visit to the Russian Federation.\n\nOn 10 July, the Chinese guests were received in Moscow by the "
                 "Minister of Internal Affairs of the Russian Federation Pavel Sidorin.")
    assert [m.start for m in f.meetings] == [day]


def test_the_guests_who_were_received_or_met_someone_are_the_guest_of_the_visit_made() -> None:
    f = facts_of("date 2011-11-18\nA delegation of the Ministry of Internal Affairs of the Republic of Kazakhstan "
                 "headed by Vice Minister Arman Dzhaksybekov visited Moscow this week.\n\nOn Monday, November 14, the "
                 "guests met with the First Deputy Minister of Internal Affairs of the Russian Federation Pavel "
                 "Sidorin.")
    assert [m.participants for m in f.meetings] == [["Arman Dzhaksybekov", "Pavel Sidorin"]]


def test_a_weekday_of_a_visit_to_come_told_on_that_weekday_is_the_one_within_the_visit_s_days() -> None:
    f = facts_of("date 2019-03-04\nDeputy Minister of Internal Affairs of the Russian Federation Oleg Vetrov will pay "
                 "a working visit to the Socialist Republic of Vietnam next week. The visit, which will last from 11 "
                 "to 14 March, is organized at the invitation of the Vietnamese Ministry of Public Security.\n\nOn "
                 "Monday, in Hanoi, Oleg Vetrov will hold talks with Deputy Minister of Public Security of Vietnam Le "
                 "Van Minh.")
    assert [(m.start, m.place) for m in f.meetings] == [(date(2019, 3, 11), "Hanoi")]


def test_a_palace_where_talks_were_held_is_no_person() -> None:
    f = facts_of("date 2007-11-20\nOn 19 November in Rome, at the Viminale Palace, the Russian Minister held talks "
                 "with the Minister of the Interior of the Italian Republic Paolo Ricci.")
    assert sorted(f.persons) == ["Paolo Ricci"]
