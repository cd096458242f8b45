"""Boilerplate: credit, copyright and newsletter lines, never counted as reuse."""

from __future__ import annotations

from dataclasses import replace

import pytest

from compare.boilerplate import (
    PressRelease,
    article_notes,
    find_notes,
    paywall_notice,
    press_release,
    release_furniture,
)
from compare.lexicon import lexicon
from compare.read import document_from_html
from compare.records import Document
from compare.segment import segment
from tests.helpers import boilerplate_of, document


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        pytest.param("Reuters contributed to this report.", True, id="contributed"),
        pytest.param("Reporting by Jane Doe; Editing by John Roe", True, id="reporting_by"),
        pytest.param(
            "(Reporting by David Milliken; Editing by Toby Chopra)", True, id="reporting_bracketed"
        ),
        pytest.param("[Additional reporting by Ann Lee.]", True, id="additional_bracketed"),
        pytest.param("(c) 2025 Reuters", True, id="c_in_brackets"),
        pytest.param(
            "Copyright 2025 The Associated Press. All rights reserved.", True, id="copyright"
        ),
        pytest.param("Sign up for our morning newsletter.", True, id="newsletter"),
        pytest.param(
            "The copyright lawsuit was filed in March by three authors.", False, id="copyright_news"
        ),
        pytest.param(
            "Copyright claims against the startup failed, Judge Amy Roth wrote.",
            False,
            id="copyright_opening_news",
        ),
        pytest.param("Copyright: AFP", True, id="copyright_labelled"),
        pytest.param("Copyright Thomson Reuters", True, id="copyright_of_a_holder"),
        pytest.param(
            "Copyright by itself does not protect ideas.", False, id="copyright_by_in_news"
        ),
        pytest.param(
            "Officials said reporting by the agency was accurate.", False, id="reporting_news"
        ),
        pytest.param(
            "Kremlin spokesman Dmitry Peskov has accused NATO of aggression.", False, id="news"
        ),
        pytest.param("Advertisement", True, id="web_page_label"),
        pytest.param("Share", True, id="web_page_control"),
        pytest.param("Updated 2 hours ago", True, id="web_page_age"),
        pytest.param("5 min read", True, id="web_page_reading_time"),
        pytest.param("Listen to this article \u00b7 3 min", True, id="web_page_audio"),
        pytest.param("Photograph: Jane Smith/Reuters", True, id="photo_credit"),
        pytest.param("Skip to main content", True, id="web_page_skip_link"),
        pytest.param("Most read", True, id="web_page_list_heading"),
        pytest.param("Lire aussi", True, id="french_read_also_heading"),
        pytest.param("Más información", True, id="spanish_more_on_this_heading"),
        pytest.param("2.", True, id="web_page_list_number"),
        pytest.param("Comments (3)", True, id="web_page_comment_count"),
        pytest.param(
            "Share this article: Facebook Twitter Email", True, id="a_share_bar_on_one_line"
        ),
        pytest.param(
            "Facebook, Twitter and email were down for hours.", False, id="share_networks_in_news"
        ),
        pytest.param("This article is for subscribers only.", True, id="paywall"),
        pytest.param("Already a subscriber? Log in.", True, id="paywall_log_in"),
        pytest.param("Do you have a story for us? Email the newsdesk.", True, id="tip_line"),
        pytest.param("12 boats sank off the coast.", False, id="number_in_news"),
        pytest.param("-30-", True, id="end_of_wire_copy"),
        pytest.param(
            "This material may not be published, broadcast, rewritten or redistributed.",
            True,
            id="copyright_notice_continued",
        ),
        pytest.param(
            "Follow Daily Courier on Facebook and Instagram for more local news.",
            True,
            id="follow_us",
        ),
        pytest.param("Have a story tip?", True, id="tip_line_question"),
        pytest.param("Do you have a story?", True, id="tip_line_short"),
        pytest.param("Join the conversation (14 comments)", True, id="comment_count_invitation"),
        pytest.param("Our Standards: The Thomson Reuters Trust Principles.", True, id="standards"),
        pytest.param("We use cookies to improve your experience.", True, id="cookie_notice"),
        pytest.param(
            "By continuing to browse you agree to our use of cookies.", True, id="cookie_consent"
        ),
        pytest.param(
            "Published: 14 May 2024 09:00 GMT+1", True, id="published_line_offset_from_gmt"
        ),
        pytest.param(
            "Updated 4:10 a.m. UTC-05:00, May 14, 2024", True, id="updated_line_offset_from_utc"
        ),
        pytest.param(
            "Published: 14 May 2024 09:00 GMT+1, the inquiry found the beam had cracked.",
            False,
            id="published_offset_date_in_news",
        ),
        pytest.param("Updated figures show 40 dead.", False, id="updated_in_news"),
        pytest.param(
            "2025\u5e7403\u670810\u65e5 09:12 \u6765\u6e90\uff1a\u65b0\u534e\u7f51",
            True,
            id="chinese_source_line",
        ),
        pytest.param("\u8bb0\u8005 \u738b\u5c0f\u660e", True, id="chinese_reporter_line"),
        pytest.param("\u8d23\u4efb\u7f16\u8f91\uff1a\u674e\u56db", True, id="chinese_editor_line"),
        pytest.param(
            "\u8bb0\u8005\u4ece\u6e2f\u53e3\u4e86\u89e3\u5230\uff0c\u7f62\u5de5\u7ee7\u7eed\u3002",
            False,
            id="chinese_news_about_a_reporter",
        ),
        pytest.param(
            "This website uses cookies so that we can provide you with the best user experience possible.",
            True,
            id="cookie_notice_so_that",
        ),
        pytest.param(
            "This site uses cookies to deliver our services and to show you relevant ads.",
            True,
            id="cookie_notice_ads",
        ),
        pytest.param(
            "\u8bb0\u8005\uff1a\u60a8\u5982\u4f55\u770b\u5f85\u8fd9\u6b21\u4f1a\u8bae\uff1f",
            False,
            id="chinese_interviewers_question",
        ),
        pytest.param("We use cookies from the bakery, she said.", False, id="cookies_in_news"),
        pytest.param(
            "We use cookies to track users across sites, the regulator found.",
            False,
            id="cookie_notice_quoted_in_news",
        ),
        pytest.param(
            "This website uses cookies to collect personal data without consent, the complaint alleges.",
            False,
            id="cookie_notice_alleged_in_news",
        ),
        pytest.param(
            "With files from the court sealed, prosecutors asked for a delay.",
            False,
            id="with_files_from_in_news",
        ),
        pytest.param("Email tips@dailycourier.example", True, id="tip_line_address"),
        pytest.param("+44 (0)1423 555 0199", True, id="british_number_with_its_trunk_zero"),
        pytest.param("The vote was 44 (0) to 12.", False, id="a_bracketed_nought_in_news"),
        pytest.param("Twitter", True, id="share_button"),
        pytest.param(
            "Twitter suspended the account on Monday.", False, id="share_button_name_in_news"
        ),
        pytest.param(
            "Police urged residents to follow the advice of officials on Facebook.",
            False,
            id="follow_in_news",
        ),
        pytest.param("###", True, id="end_of_press_release"),
        pytest.param("End of the line for the tram, council says.", False, id="end_in_news"),
        pytest.param("MOSCOW, December 15. /TASS/.", True, id="tass_dateline_alone"),
        pytest.param(
            "\uff08\u636e\u65b0\u534e\u793e\u62a5\u9053\uff09",
            True,
            id="chinese_credit_in_brackets",
        ),
        pytest.param(
            "\u636e\u65b0\u534e\u793e\u62a5\u9053\uff0c\u6d2a\u6c34\u5df2\u9000\u53bb\u3002",
            False,
            id="chinese_credit_opening_news",
        ),
        pytest.param("Hannover (epd).", True, id="epd_dateline_alone"),
        pytest.param(
            "SAN JOSE, Calif., May 14, 2024 /BUSINESS WIRE/ --", True, id="release_dateline_alone"
        ),
        pytest.param("11:20 a.m. \u2014", True, id="live_blog_entry_stamp"),
        pytest.param("11:20 a.m. is when the bridge fell.", False, id="time_in_news"),
        pytest.param("WASHINGTON (AP) \u2014", True, id="ap_dateline_alone"),
        pytest.param("SPRINGFIELD, Ill. \u2014", True, id="papers_dateline_alone"),
        pytest.param("KELM, May 20 -", True, id="papers_dated_dateline_alone_with_a_hyphen"),
        # A place in capitals and a hyphen is a paper's dateline set apart from its lede
        # ("SÃO PAULO - O Banco Central ...", acceptance round 40, a11); two initials are none.
        pytest.param("SÃO PAULO -", True, id="papers_undated_dateline_alone_with_a_hyphen"),
        pytest.param("US -", False, id="initials_and_a_hyphen_no_dateline"),
        pytest.param("(CNN) --", True, id="bracketed_source_alone"),
        pytest.param("Valencia, 14 may (EFE).-", True, id="efe_dateline_alone"),
        pytest.param("MADRID, 14 (EUROPA PRESS)", True, id="europa_press_dateline_alone"),
        pytest.param("(ANSA) - ROMA, 14 MAG -", True, id="ansa_dateline_alone"),
        pytest.param("Search teams found the boat on Monday.", False, id="search_in_news"),
        pytest.param("Share prices fell 3% on Monday.", False, id="control_word_in_news"),
        pytest.param("Updated figures show 12 people died.", False, id="updated_in_news"),
        pytest.param("Have you been affected by the issues in this story?", True, id="reader_call"),
        pytest.param("Have you been affected?", True, id="reader_call_short"),
        pytest.param(
            "Have you been affected by the strike, the union asked its members in a letter.",
            False,
            id="reader_call_words_in_news",
        ),
        pytest.param(
            "You can get in touch by emailing haveyoursay@bbc.co.uk.", True, id="reader_call_email"
        ),
        pytest.param(
            "You can get in touch by emailing the council, a spokesman said.",
            False,
            id="get_in_touch_in_news",
        ),
        pytest.param(
            "Email newsdesk@tarrowledger.example or call 01524 000000.",
            True,
            id="tip_line_address_and_phone",
        ),
        pytest.param(
            "Email newsdesk@tarrowledger.example or call 01524 000000, the flyer said, wrongly.",
            False,
            id="tip_line_quoted_in_news",
        ),
        pytest.param(
            "Do you have photos or video of the flooding?", True, id="tip_line_asks_for_pictures"
        ),
        pytest.param(
            "Do you have photos of your home before the flood, the insurer asked.",
            False,
            id="pictures_asked_for_in_news",
        ),
        pytest.param(
            "Send them to newsdesk@calderpost.example or WhatsApp us on 07700 900123.",
            True,
            id="tip_line_where_to_send_pictures",
        ),
        pytest.param(
            "Send them to newsdesk@calderpost.example by Friday, the council told residents.",
            False,
            id="where_to_send_in_news",
        ),
        pytest.param("Got a story?", True, id="tip_line_question"),
        pytest.param(
            "Sign up to the Evening Post's free daily newsletter for all the latest news from "
            "across the Calder valley.",
            True,
            id="newsletter_sign_up_to",
        ),
        pytest.param(
            "Sign up to the council's newsletter, residents were told.",
            False,
            id="newsletter_sign_up_in_news",
        ),
        pytest.param(
            "Call the Harlow Herald newsdesk or email tips@harlowherald.example",
            True,
            id="desk_call",
        ),
        pytest.param("Call us on 01632 960 233.", True, id="desk_call_number"),
        pytest.param("Call the newsroom, the mayor told residents.", False, id="desk_call_in_news"),
        pytest.param(
            "You have reached your limit of free articles this month.", True, id="paywall_limit"
        ),
        pytest.param(
            "You have reached your limit of free articles, the pop-up told readers.",
            False,
            id="paywall_words_in_news",
        ),
        pytest.param("Brooke Singman is a Reporter for Fox News.", True, id="author_note"),
        pytest.param(
            "Jane Doe is a politics reporter for The Ledger.", True, id="author_note_with_beat"
        ),
        pytest.param(
            "Jane Doe and John Roe are reporters for the Associated Press.",
            True,
            id="author_note_of_two",
        ),
        pytest.param(
            "Smith is a reporter for the local paper who witnessed the crash.",
            False,
            id="reporter_in_news",
        ),
        pytest.param(
            "John Smith is a reporter for The Ledger who witnessed the crash.",
            False,
            id="reporter_named_in_news",
        ),
        pytest.param("Her husband is a reporter for The Times.", False, id="reporters_kin_in_news"),
        pytest.param(
            "Jane Doe is a professor at Lunesdale University.", False, id="role_outside_newsroom"
        ),
        pytest.param("Tags: Tarrow, Bridge, Lunesdale, Weather", True, id="tags"),
        pytest.param(
            "Tags on the stolen cars had been changed, police said.", False, id="tags_in_news"
        ),
        pytest.param("Image copyright Getty Images", True, id="image_copyright"),
        pytest.param("Image source, Reuters", True, id="image_source"),
        pytest.param(
            "Image caption The collapsed span on Tuesday morning", True, id="image_caption"
        ),
        pytest.param("Picture: Getty Images", True, id="picture_credit"),
        pytest.param("Photos: Jane Lee/Getty Images", True, id="photos_credit"),
        pytest.param(
            "Image copyright lawyers say the photos were taken without consent.",
            False,
            id="image_copyright_in_news",
        ),
        pytest.param("This story has been updated.", True, id="update_notice"),
        pytest.param(
            "This article has been updated to include comment from the council.",
            True,
            id="update_notice_saying_what",
        ),
        pytest.param(
            "An earlier version of this article misstated the age of the bridge.",
            True,
            id="correction_notice",
        ),
        pytest.param(
            "The story has been updated by the council to include new figures.",
            False,
            id="story_updated_in_news",
        ),
        pytest.param(
            "An earlier version of the bill was rejected in March.",
            False,
            id="earlier_version_in_news",
        ),
        pytest.param(
            "Please enable JavaScript to read this article.", True, id="javascript_notice"
        ),
        pytest.param(
            "Enable JavaScript only on sites you trust, the agency advised.",
            False,
            id="javascript_in_news",
        ),
        pytest.param(
            "Get the latest news from Tarrow sent straight to your inbox.",
            True,
            id="newsletter_offer",
        ),
        pytest.param(
            "Get the latest figures from the council before you travel, police said.",
            False,
            id="get_the_latest_in_news",
        ),
        pytest.param("dpa kw/xx/abc", True, id="dpa_editors_initials"),
        pytest.param("cd/abc/pz", True, id="afp_editors_initials"),
        pytest.param("He and/or his brother will appear in court.", False, id="slash_in_news"),
        pytest.param("The dpa news agency reported the collapse.", False, id="dpa_in_news"),
        pytest.param("Con información de EFE.", True, id="spanish_credit"),
        pytest.param("(Con información de Reuters)", True, id="spanish_credit_bracketed"),
        pytest.param("Avec AFP.", True, id="french_credit"),
        pytest.param("Avec l'AFP et Reuters", True, id="french_credit_of_two"),
        pytest.param("Mit Material von dpa.", True, id="german_credit"),
        pytest.param("Com Lusa", True, id="portuguese_credit"),
        pytest.param("Ag\u00eancia Lusa", True, id="portuguese_agency_signing_off"),
        pytest.param("Lusa", False, id="a_wires_short_name_alone"),
        pytest.param(
            "You're receiving this because you signed up at weekendbriefing.example.",
            True,
            id="newsletter_footer",
        ),
        pytest.param(
            "You are receiving this email because you subscribed to The Tarrow Brief.",
            True,
            id="newsletter_footer_email",
        ),
        pytest.param(
            "You are receiving this letter because your rent is overdue, the council wrote.",
            False,
            id="receiving_this_in_news",
        ),
        pytest.param("Fonte: ANSA", True, id="italian_credit"),
        pytest.param("With AFP", True, id="english_credit"),
        pytest.param("\u2014 With files from The Canadian Press", True, id="with_files_from"),
        pytest.param(
            "\u041f\u043e \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u0430\u043c "
            "\u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438.",
            True,
            id="russian_credit",
        ),
        pytest.param(
            "With AFP reporters barred from the hearing, the court heard the case in private.",
            False,
            id="english_credit_word_in_news",
        ),
        pytest.param(
            "Con información de la fiscalía, la policía detuvo a dos sospechosos.",
            False,
            id="spanish_credit_words_in_news",
        ),
        pytest.param(
            "Avec 14 blessés, le bilan de l'effondrement du pont s'alourdit.",
            False,
            id="french_credit_word_in_news",
        ),
        pytest.param(
            "Material from Reuters and the Associated Press was used in this report.",
            True,
            id="material_used_in_this_report",
        ),
        pytest.param(
            "Material from the collapsed bridge was used in this report's photographs.",
            False,
            id="used_in_this_report_in_news",
        ),
        pytest.param(
            "Information from the ministry was leaked to reporters on Monday.",
            False,
            id="information_from_in_news",
        ),
        pytest.param(
            "This article originally appeared in The New York Times.",
            True,
            id="originally_appeared",
        ),
        pytest.param(
            "This article includes reporting from The Associated Press.",
            True,
            id="includes_reporting_from",
        ),
        pytest.param(
            "Republished with permission from the Associated Press.", True, id="republished"
        ),
        pytest.param("\u2014 AP, Reuters", True, id="wires_after_a_dash"),
        pytest.param("Compiled from AP and AFP reports.", True, id="compiled_from_wire_reports"),
        pytest.param(
            "Compiled from court records, the list names 40 landlords.",
            False,
            id="compiled_from_in_news",
        ),
        pytest.param(
            "Associated Press writer John Roe in Columbus, Ohio, contributed.",
            True,
            id="ap_writer_contributed",
        ),
        pytest.param(
            "Associated Press writers Zeke Miller in Washington and Jill Colvin in New York "
            "contributed.",
            True,
            id="ap_writers_contributed_from_places",
        ),
        pytest.param(
            "New York Times reporter Maggie Haberman, who first reported the meeting, said the "
            "campaign never contributed.",
            False,
            id="a_reporter_in_news",
        ),
        pytest.param(
            "Fox News contributor Karl Rove said donors in Texas contributed.",
            False,
            id="a_contributor_in_news",
        ),
        pytest.param(
            "Heavy rain and a shortage of inspectors contributed.",
            False,
            id="contributed_in_news",
        ),
        pytest.param(
            "Several writers from the magazine contributed.",
            False,
            id="writers_contributed_in_news",
        ),
        pytest.param("Check back for updates.", True, id="check_back"),
        pytest.param(
            "Residents should check back with the council for updates on road closures.",
            False,
            id="check_back_in_news",
        ),
        pytest.param(
            "Check back for updates, the sheriff told reporters waiting outside.",
            False,
            id="check_back_opening_news",
        ),
        pytest.param(
            "Stay with KRVT News 7 for updates on this developing story.", True, id="stay_with"
        ),
        pytest.param(
            "Stay with relatives for now, the fire marshal told evacuated residents.",
            False,
            id="stay_with_in_news",
        ),
        pytest.param(
            "Kevin Tran can be reached at ktran@courier.example or 555-0142.",
            True,
            id="writers_contact_line",
        ),
        pytest.param(
            "The plant's owner could not be reached for comment on Friday.",
            False,
            id="not_reached_in_news",
        ),
        pytest.param(
            "This is a developing story and will be updated.", True, id="developing_story"
        ),
        pytest.param(
            "This is a developing story for the city, the mayor said, and residents want answers.",
            False,
            id="developing_story_in_news",
        ),
        pytest.param(
            "Republished with permission from the Associated Press.", True, id="reprint_permission"
        ),
        pytest.param(
            "Reprinted with permission of the Okafor family, a 2021 letter from the bridge "
            "inspector warned the county of cracks in two support beams.",
            False,
            id="reprinted_letter_in_news",
        ),
        pytest.param(
            "Download the Tarrow Ledger app for breaking news alerts.", True, id="outlets_app"
        ),
        pytest.param(
            "Download the council's app for bin collection dates, residents were told.",
            False,
            id="an_app_in_news",
        ),
        pytest.param(
            "Contact the reporter at treed@ledger.example.", True, id="contact_the_reporter"
        ),
        pytest.param(
            "Contact the reporter at the scene, police urged witnesses.",
            False,
            id="contact_in_news",
        ),
        pytest.param("WATCH: Drone footage shows collapsed bridge", True, id="watch_link"),
        pytest.param("Have a tip?", True, id="tip_ask"),
        pytest.param("Got a news tip for us?", True, id="news_tip_ask"),
        pytest.param("Donate today.", True, id="donation_ask"),
        pytest.param("Support local journalism.", True, id="support_ask"),
        pytest.param(
            "Donate today, the food bank urged shoppers outside the Eastfield store.",
            False,
            id="donation_ask_in_news",
        ),
        pytest.param(
            "Residents who have a tip about the fire should call the county's arson line.",
            False,
            id="tip_in_news",
        ),
        pytest.param(
            "Watch: the video shows the officer kneeling on the man's neck, prosecutors said.",
            False,
            id="watch_in_news",
        ),
        pytest.param(
            "The Associated Press receives support from several private foundations.",
            True,
            id="ap_funders_note",
        ),
        pytest.param(
            "The Associated Press\u2019 climate and environmental coverage receives financial "
            "support from multiple private foundations.",
            True,
            id="ap_desks_funders_note",
        ),
        pytest.param(
            "The Associated Press found that the clinic receives support from several private "
            "foundations.",
            False,
            id="support_found_by_ap_in_news",
        ),
        pytest.param("The AP is solely responsible for all content.", True, id="ap_content_note"),
        pytest.param(
            "Officials said the foundation contributed to this report.",
            False,
            id="contributed_to_this_report_in_news",
        ),
        pytest.param(
            "Officials said the mayor's office contributed to this report on housing.",
            False,
            id="contributed_to_a_report_on_in_news",
        ),
        pytest.param(
            "Associated Press writers Jane Doe and John Roe in Chicago contributed to this report.",
            True,
            id="ap_writers_in_a_place_contributed_to_this_report",
        ),
        pytest.param(
            "The Associated Press contributed to this story.", True, id="contributed_to_this_story"
        ),
        pytest.param(
            "CNN's Jane Doe and Reuters contributed to this report.",
            True,
            id="a_reporter_and_a_wire_contributed",
        ),
        pytest.param(
            "Associated Press Writer Sara Kugler contributed to this report from New York City.",
            True,
            id="contributed_to_this_report_from_a_place",
        ),
        pytest.param(
            "Diane Lade of the South Florida Sun-Sentinel, a Tribune Publishing newspaper, "
            "contributed to this report.",
            True,
            id="a_reporter_of_a_named_paper_contributed",
        ),
        pytest.param(
            "Jane Doe contributed reporting from Chicago.", True, id="contributed_reporting"
        ),
        pytest.param("With wire services", True, id="with_wire_services"),
        pytest.param("Wire services contributed to this report.", True, id="wires_contributed"),
        pytest.param("From wire reports", True, id="from_wire_reports"),
        pytest.param("\u2014 Staff and wire reports", True, id="staff_and_wire_reports"),
        pytest.param("Compiled from wire services", True, id="compiled_from_wire_services"),
        pytest.param(
            "With wire services down, the desk relied on its own staff.",
            False,
            id="with_wire_services_in_news",
        ),
        pytest.param(
            "The hospital receives support from several private foundations, its director said.",
            False,
            id="support_from_foundations_in_news",
        ),
        pytest.param("SOURCE Brightwater Foods, Inc.", True, id="release_source_line"),
        pytest.param(
            "Source code for the bakery's ordering app was leaked on Monday.",
            False,
            id="source_in_news",
        ),
        pytest.param("Source: Brightwater Foods press release", True, id="source_credit_line"),
        pytest.param("Republished from Voice of Rossland.", True, id="republished_from_line"),
        pytest.param("Credit: Voice of Rossland", True, id="credit_line"),
        pytest.param(
            "Republished from the archives, the 1998 photographs show the old harbour.",
            False,
            id="republished_in_news",
        ),
        pytest.param(
            "Source: the mayor's office, which said the plant would open in May.",
            False,
            id="source_line_going_on",
        ),
        pytest.param(
            "Sources: Cowboys agree to deal with Dak Prescott", False, id="sources_headline"
        ),
        pytest.param(
            "Sources: company filings, National Weather Service", True, id="data_credit_line"
        ),
        pytest.param("press@brightwater.example", True, id="email_address_alone"),
        pytest.param("Tel: +1 570 555 0199", True, id="telephone_number_alone"),
        pytest.param("1,800 2,100 2,400", False, id="numbers_alone"),
        pytest.param("2023-2024", False, id="span_of_years_alone"),
        pytest.param(
            "Media contact: Ann Ruiz, ann.ruiz@brightwater.example", True, id="contact_line"
        ),
        pytest.param(
            "View original content to download multimedia: "
            "https://www.prnewswire.com/news-releases/brightwater-301.html",
            True,
            id="newswire_link",
        ),
        pytest.param("-ends-", True, id="end_of_release"),
        pytest.param(
            "Notes to editors: Photographs of the recovered tools are available on request.",
            True,
            id="release_note_to_editors",
        ),
        pytest.param(
            "Materials provided by Kestrel Valley University.", True, id="aggregators_credit_line"
        ),
        pytest.param(
            "Note: Content may be edited for style and length.", True, id="aggregators_note"
        ),
        pytest.param("First published by The Meridian Ledger.", True, id="first_published_by"),
        pytest.param(
            "First published in 1998, the guide has sold 40,000 copies, its publisher said.",
            False,
            id="first_published_in_news",
        ),
        pytest.param(
            "Materials provided by donors filled the food bank's shelves by Friday, its manager "
            "said.",
            False,
            id="materials_provided_in_news",
        ),
        pytest.param("https://www.ledger.example/news/tarrow-dam-live", True, id="link_alone"),
        pytest.param("(www.ledger.example/tarrow)", True, id="link_alone_in_brackets"),
        pytest.param(
            "Residents can check www.tarrow.example for road closures.", False, id="link_in_news"
        ),
    ],
)
def test_boilerplate_lines_are_anchored_phrases(line: str, boilerplate: bool) -> None:
    """A sentence is boilerplate when it starts or ends like a credit or promo line, or is a web
    page's label or control alone, not when it merely mentions one of those words."""
    assert bool(boilerplate_of(document(line))) is boilerplate


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        pytest.param(
            "Associated Press writer Ruth Okafor in Denver also contributed to this report.",
            True,
            id="ap_writer_also",
        ),
        pytest.param(
            "Associated Press video journalist Ruth Okafor contributed to this report.",
            True,
            id="ap_video_journalist",
        ),
        pytest.param(
            "Associated Press legal affairs writer Ruth Okafor in Washington contributed to this "
            "report.",
            True,
            id="ap_beat_of_two_words",
        ),
        pytest.param(
            "Associated Press writers Ruth Okafor in Denver; Tom Reyes in Boise; and Ann Lee in "
            "Reno contributed to this report.",
            True,
            id="ap_writers_between_semicolons",
        ),
        pytest.param(
            "AP medical writer Ruth Okafor contributed from New York.",
            True,
            id="ap_writer_contributed_from",
        ),
        pytest.param(
            "Ruth Okafor contributed reporting from Kyiv, Ukraine, and Tom Reyes from Warsaw.",
            True,
            id="nyt_reporting_from_two_places",
        ),
        pytest.param("Ann Lee contributed research.", True, id="nyt_research"),
        pytest.param(
            "Ruth Okafor in Kyiv and Tom Reyes in Warsaw contributed to this report.",
            True,
            id="washington_post_style",
        ),
        pytest.param(
            "Ruth Okafor, a freelance journalist in Kyiv, contributed to this report.",
            True,
            id="freelance_journalist",
        ),
        pytest.param("Agencies contributed to this report.", True, id="guardian_agencies"),
        pytest.param(
            "Staff of KTVX 4 News contributed to this report.", True, id="a_stations_channel"
        ),
        pytest.param(
            "Officials said 14 donors contributed to this report.",
            False,
            id="a_number_in_news",
        ),
        pytest.param(
            "Officials said reporter Ruth Okafor contributed to this report.",
            False,
            id="said_before_a_role_in_news",
        ),
        pytest.param(
            "Heavy rain and poor drainage contributed to this report's delay.",
            False,
            id="contributed_to_a_reports_delay_in_news",
        ),
    ],
)
def test_newsrooms_credit_lines_are_boilerplate(line: str, boilerplate: bool) -> None:
    """Credit lines as AP, the New York Times, the Washington Post and the Guardian write them
    are boilerplate, words saying which role a person has and a station's channel number
    included; news stays news."""
    assert bool(boilerplate_of(document(line))) is boilerplate


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        pytest.param("h/t Fairview Neighbours Group", True, id="h_t"),
        pytest.param("H/T: The Harbour Ledger", True, id="h_t_colon"),
        pytest.param("Via The Harbour Ledger.", True, id="via"),
        pytest.param("(via The Harbour Ledger)", True, id="via_in_brackets"),
        pytest.param("Hat tip: Fairview Neighbours Group", True, id="hat_tip"),
        pytest.param("Hat tip to The Harbour Ledger", True, id="hat_tip_to"),
        pytest.param("(h/t @fairviewneighbours)", True, id="h_t_a_handle"),
        pytest.param("Via @HarbourLedger.", True, id="via_a_handle"),
        pytest.param("h/t @ the harbour", False, id="an_at_sign_alone_is_no_handle"),
        pytest.param(
            "Via its lawyers, the developer denied any wrongdoing.", False, id="via_in_news"
        ),
        pytest.param(
            "Via Rail Canada cancelled 40 trains on Monday.", False, id="via_a_name_in_news"
        ),
        pytest.param(
            "Via Rail Suspends Service Between Ottawa And Kingston",
            False,
            id="a_headline_opening_with_via_rail",
        ),
        pytest.param(
            "Via Christi Clinic Opens In Wichita", False, id="a_headline_opening_with_via"
        ),
        pytest.param(
            "Via Ferrata Rockfall Injures Three Hikers", False, id="a_headline_on_a_via_ferrata"
        ),
    ],
)
def test_lines_crediting_whom_a_post_came_via_are_boilerplate(line: str, boilerplate: bool) -> None:
    """A blog's or an aggregator's line that only names whom it took a story from or was
    pointed to it by ("h/t ...", "Via ...", "Hat tip: ...") is a credit line; a sentence that
    goes on is news, and so is a headline in title case that opens with a name "Via" begins
    ("Via Rail", "Via Christi"), as it closes with neither a full stop nor a bracket."""
    assert bool(boilerplate_of(document(line))) is boilerplate


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        pytest.param("Have you been affected?", True, id="reader_call"),
        pytest.param(
            "You can get in touch by emailing haveyoursay@bbc.co.uk.", True, id="reader_call_email"
        ),
        pytest.param(
            "Email newsdesk@tarrowledger.example or call 01524 000000.", True, id="tip_line"
        ),
        pytest.param(
            "You have reached your limit of free articles this month.", True, id="paywall_limit"
        ),
        pytest.param(
            "Get the latest news from The Ledger sent straight to your inbox.",
            True,
            id="newsletter_offer",
        ),
        pytest.param("Tags: Reuters, Tarrow, Bridge", True, id="tags"),
        pytest.param("WATCH: Drone footage shows collapsed bridge", True, id="video_link"),
        pytest.param(
            "You're receiving this because you signed up for the Reuters Daily Briefing.",
            True,
            id="newsletter_footer",
        ),
        pytest.param("Brooke Singman is a Reporter for Fox News.", False, id="author_note"),
        pytest.param("Image copyright Getty Images", False, id="image_copyright"),
    ],
)
def test_calls_to_readers_paywalls_and_topic_links_are_promotions(line: str, promo: bool) -> None:
    """An outlet's calls to its readers, its paywall, newsletter offers and footers and topic
    links are its promotion of itself, and credit no one they name; an author's note credits its
    outlet, a picture's credit its holder."""
    assert lexicon().is_promo(line) is promo


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        pytest.param(
            "Lesen Sie auch: Hafenstreik legt Containerterminal lahm", True, id="german_read_also"
        ),
        pytest.param("Mehr zum Thema: Warnstreik bei der Bahn", True, id="german_more_on_this"),
        pytest.param(
            "Lire aussi | Grève des dockers : le port du Havre à l'arrêt", True, id="french_read_also"
        ),
        pytest.param("Lire aussi : La grève s'étend à Marseille", True, id="french_read_also_colon"),
        pytest.param(
            "Abonnez-vous à partir de 1 € pour lire la suite", True, id="french_paywall"
        ),
        pytest.param(
            "Il vous reste 72 % de cet article à lire. La suite est réservée aux abonnés.",
            True,
            id="french_paywall_share_left",
        ),
        pytest.param("Lea también: Qué pide el sindicato de estibadores", True, id="spanish_read_also"),
        pytest.param("Suscríbete para seguir leyendo", True, id="spanish_paywall"),
        pytest.param("Leggi anche: Sciopero dei portuali a Genova", True, id="italian_read_also"),
        pytest.param("Leia também: Greve nos portos chega a Lisboa", True, id="portuguese_read_also"),
        pytest.param("Archivado En: Huelgas · Puertos · Valencia", True, id="spanish_tags"),
        pytest.param("Schlagwörter: Streik, Hamburg, Hafen", True, id="german_tags"),
        pytest.param("Themen: Streik · Hamburg", True, id="german_topics"),
        pytest.param("Mots-clés : Grève, Le Havre, Ports", True, id="french_tags"),
        pytest.param(
            "Themen wie Löhne und Schichtpläne bestimmten die Verhandlungen.",
            False,
            id="german_topics_in_news",
        ),
        pytest.param(
            "Lire aussi les consignes affichées reste obligatoire, a rappelé la direction du port.",
            False,
            id="french_read_in_news",
        ),
        pytest.param(
            "Abonnez-vous au bulletin de la mairie, a conseillé le maire aux riverains.",
            False,
            id="french_subscribe_in_news",
        ),
    ],
)  # fmt: skip
def test_read_also_paywall_and_tag_lines_of_other_languages_are_promotions(
    line: str, promo: bool
) -> None:
    """A German, French, Spanish, Italian or Portuguese page's links to its other stories
    ("Lesen Sie auch:", "Lire aussi |", "Lea también:"), its paywall and its topic links
    ("Archivado en:", "Schlagwörter:", "Mots-clés :") are its promotion of itself, as "Read
    more:", "Tags:" and "This article is for subscribers" are; news that starts with such
    words stays news."""
    assert lexicon().is_promo(line) is promo


def test_a_newsletters_footer_is_boilerplate_line_by_line() -> None:
    """Every standard line of a newsletter's footer, its links alone or several on one line and
    its offer to a reader it was forwarded to, is boilerplate, as the line saying why it came is;
    the issue's news and the same words inside a news sentence are not (acceptance 32 #9)."""
    issue = (
        "Harbour Street will close for repairs from Monday, the council said.\n"
        "Forward this to a friend, the council urged residents.\n"
        "You are receiving this email because you subscribed to Harbour Weekly.\n"
        "Forwarded this email? Sign up here to get it every Friday.\n"
        "Was this newsletter forwarded to you? Subscribe for free.\n"
        "Was this forwarded to you? Sign up\n"
        "Unsubscribe | Manage preferences\n"
        "Update your preferences\n"
        "View this email in your browser\n"
        "Forward this to a friend\n"
    )
    sentences = segment(document(issue))
    footer = boilerplate_of(document(issue))
    assert [s.text for s in sentences if ("d", s.index) not in footer] == [
        "Harbour Street will close for repairs from Monday, the council said.",
        "Forward this to a friend, the council urged residents.",
    ]


NEWS_OF_THE_ISSUE = (
    "The county will close the Harbour Street library for eight weeks from Monday while its "
    "roof is repaired, officials said.\n\nIts books will be lent from the town hall.\n\n"
)


def test_a_newsletters_footer_is_boilerplate_as_a_block() -> None:
    """Under an issue's news, the short lines from a line of a newsletter's footer to the end are
    its footer, whatever words Mailchimp or Substack give them: the offers to a reader it was
    forwarded to, the links on one line, the mailing address and the postal address under it
    (acceptance 33a #7)."""
    issue = NEWS_OF_THE_ISSUE + (
        "You are receiving this email because you subscribed to Harbour Weekly.\n\n"
        "Did someone forward you this? Sign up here.\n\n"
        "Enjoying Harbour Weekly? Forward it to a friend.\n\n"
        "Unsubscribe from this list | Update your preferences | View in browser\n\n"
        "Not a subscriber yet? Join 3,200 readers and get it free every Thursday.\n\n"
        "Copyright \u00a9 2025 Harbour Weekly, All rights reserved.\n\n"
        "Our mailing address is: Harbour Weekly, 4 Quay Road, Harbour HB2 7QT\n"
        "Harbour Weekly, 4 Quay Road, Harbour HB2 7QT\n"
    )
    assert news_of(issue) == [
        "The county will close the Harbour Street library for eight weeks from Monday while its "
        "roof is repaired, officials said.",
        "Its books will be lent from the town hall.",
    ]


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param(
            "Thanks for reading Harbour Weekly! Subscribe for free to receive new posts and "
            "support my work.\n\nShare this post\n\nLeave a comment\n\n\u00a9 2025 Ann Hale\n"
            "548 Market Street PMB 72296, San Francisco, CA 94104\n\nUnsubscribe\n\n"
            "Start writing \u00b7 Get the app\n",
            id="substack",
        ),
        pytest.param(
            "Was this email forwarded to you? Sign up here.\n\n"
            "Update your email preferences or unsubscribe here.\n\n"
            "\u00a9 2025 Harbour Weekly\n"
            "228 Park Ave S, #29976, New York, New York 10003, United States\n\n"
            "Powered by beehiiv. Terms of Service.\n",
            id="beehiiv",
        ),
    ],
)
def test_substack_and_beehiiv_footers_are_boilerplate(footer: str) -> None:
    """Substack's footer (its thanks to the reader, offer, share and comment links, app links and
    the postal address under its copyright line) and beehiiv's (its links joined by "or", the
    platform it names and its terms) are read as a footer, as Mailchimp's is (acceptance 34
    #8)."""
    assert news_of(NEWS_OF_THE_ISSUE + footer) == [
        "The county will close the Harbour Street library for eight weeks from Monday while its "
        "roof is repaired, officials said.",
        "Its books will be lent from the town hall.",
    ]


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param(
            "You are receiving this email because you subscribed to Coastal Herald.\n"
            "Unsubscribe\nCoastal Herald Media, 12 Harbour Road, Portsmouth\n"
            "Update your preferences\n",
            id="an_address_without_a_postcode_between_the_footers_lines",
        ),
        pytest.param(
            "That's all for this week. Reply to this email to tell us what you think.\n",
            id="a_sign_off",
        ),
        pytest.param(
            "That's all for this week. Reply to this email to tell us what you think.\n\n"
            "Unsubscribe | Manage preferences\n",
            id="a_sign_off_over_the_footer",
        ),
        pytest.param("See you next Friday.\n\nUnsubscribe\n", id="see_you_over_unsubscribe"),
        pytest.param(
            "The Herald is reader-supported. Become a member \u00b7 Forward this email \u00b7 "
            "Unsubscribe\n",
            id="reader_supported_and_members_offer",
        ),
    ],
)
def test_a_newsletters_sign_off_and_address_are_its_footer(footer: str) -> None:
    """An issue's sign-off at its end ("That's all for this week.", "Reply to this email to
    tell us what you think.", "See you next Friday.") opens its footer, and a postal address
    without a postcode between two of the footer's lines is the footer's."""
    assert news_of(NEWS_OF_THE_ISSUE + footer) == [
        "The county will close the Harbour Street library for eight weeks from Monday while its "
        "roof is repaired, officials said.",
        "Its books will be lent from the town hall.",
    ]


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(
            "\u201cThanks for reading to us every week,\u201d one pupil said.\n",
            id="thanks_for_reading_in_a_quote",
        ),
        pytest.param("Thanks for reading, the mayor wrote.\n", id="thanks_for_reading_said"),
        pytest.param(
            "Share this post with your MP, the campaign urged.\n\nLeave a comment, it added.\n",
            id="share_in_news",
        ),
        pytest.param(
            "Its new address is 12 Quay Road, Harbour HB2 7QT.\n", id="an_address_in_news"
        ),
        pytest.param(
            "12 Quay Road, Harbour HB2 7QT\n\nSubscribe here.\n\nUnsubscribe\n",
            id="an_address_over_the_footer",
        ),
        pytest.param(
            "12 Quay Road, Harbour\n\nSubscribe here.\n\nUnsubscribe\n",
            id="an_address_without_a_postcode_over_the_footer",
        ),
        pytest.param(
            "Reply to this email by Friday to claim a refund, the council told residents.\n\n"
            "Unsubscribe\n",
            id="reply_to_this_email_in_news",
        ),
    ],
)
def test_news_closing_with_a_footers_words_stays_news(closing: str) -> None:
    """An article's closing thanks for reading in a quotation or a sentence, its words on
    sharing and comments or on replying to an email, and an address in a sentence or above a
    footer's first line stay news: only whole lines are a footer's, and an address alone only
    under the footer's first line."""
    text = NEWS_OF_THE_ISSUE + closing
    footer_lines = {"Subscribe here.", "Unsubscribe"}
    assert news_of(text) == [s.text for s in segment(document(text)) if s.text not in footer_lines]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            NEWS_OF_THE_ISSUE + "The Harbour Gazette, which has 5,000 subscribers, will close.\n\n"
            "Readers were told by letter.\n\nIts mailing list will be sold.\n",
            id="a_last_paragraph_on_subscribers_readers_and_mailing",
        ),
        pytest.param(
            "Forwarded this email? Subscribe here.\n\nThe library closes on Monday.\n\n"
            "Its books will be lent from the town hall.\n",
            id="a_footers_line_over_an_issue_of_short_news",
        ),
        pytest.param(
            NEWS_OF_THE_ISSUE + "Forward this to a friend\n\nThe library reopens in June.\n",
            id="one_footers_line_between_news",
        ),
        pytest.param(
            "View this email in your browser\n\n" + NEWS_OF_THE_ISSUE,
            id="a_footers_line_over_the_issue",
        ),
    ],
)
def test_news_near_a_newsletters_footer_lines_stays_news(text: str) -> None:
    """A news story's last paragraph on a paper's subscribers, readers or mailing list, and news
    under a newsletter's line that opens its issue or stands alone between the news, stay news:
    a footer is read as a block only after the issue's news, and where it holds more than one
    line of a footer's."""
    footer_lines = {"Forwarded this email?", "Subscribe here.", "Forward this to a friend"}
    expected = [
        s.text
        for s in segment(document(text))
        if s.text not in footer_lines | {"View this email in your browser"}
    ]
    assert news_of(text) == expected


@pytest.mark.parametrize(
    "promotion",
    [
        pytest.param("Sign up for free.\n\n", id="an_inline_promotion"),
        pytest.param(
            "Forward this to a friend\n\nSign up here.\n\n", id="two_footers_lines_over_the_news"
        ),
    ],
)
def test_closing_news_under_a_newsletters_lines_stays_news(promotion: str) -> None:
    """An article's short closing paragraphs under a mid-text offer to subscribe, over its
    copyright line, stay news: only a footer's or a promotion's lines count toward a footer, and
    a short line of news ends it (review 31 #1)."""
    article = (
        "The city council voted on Tuesday to keep the Harbour Street library open for another "
        "year after a campaign by residents.\n\n" + promotion + "The library reopens on 3 March."
        "\n\nFines will be waived until then.\n\nCopyright 2025 The Ledger. All rights reserved.\n"
    )
    assert news_of(article) == [
        "The city council voted on Tuesday to keep the Harbour Street library open for another "
        "year after a campaign by residents.",
        "The library reopens on 3 March.",
        "Fines will be waived until then.",
    ]


def news_of(text: str) -> list[str]:
    """The sentences of a text that are not boilerplate."""
    footer = boilerplate_of(document(text))
    return [s.text for s in segment(document(text)) if ("d", s.index) not in footer]


def test_short_sentences_repeated_by_syndicated_copies_stay_news() -> None:
    """A brief republished by three outlets keeps its sentences: repetition is not boilerplate."""
    brief = "Talks in Geneva ended on Monday.\nNo date was set for a new round."
    assert boilerplate_of(*(document(brief, f"outlet{n}") for n in range(3))) == frozenset()


def test_a_dateline_is_boilerplate_and_its_lede_is_not() -> None:
    """The dateline is a sentence of its own, and boilerplate; the lede it headed is news."""
    dated = document("WASHINGTON (AP) \u2014 The Senate voted.")
    assert [s.text for s in segment(dated)] == ["WASHINGTON (AP) \u2014", "The Senate voted."]
    assert boilerplate_of(dated) == {("d", 0)}


# A release of our own, as a company's site or a newswire carries it.
RELEASE_NEWS = [
    "Brightwater Foods Inc. (NYSE: BWF) today announced it will open a $75 million bakery in "
    "Dunmore, Pennsylvania, creating 320 jobs.",
    "Production is scheduled to start in the spring of 2026.",
]


@pytest.mark.parametrize(
    ("closing", "furniture"),
    [
        pytest.param(
            "About Brightwater Foods\n"
            "Brightwater Foods Inc. bakes bread and snacks for grocers in 14 states. "
            "For more information, visit www.brightwater.example.\n\n"
            "Media contact:\nAnn Ruiz\nann.ruiz@brightwater.example\n+1 570 555 0199\n\n"
            "SOURCE Brightwater Foods Inc.",
            [
                "About Brightwater Foods",
                "Brightwater Foods Inc. bakes bread and snacks for grocers in 14 states.",
                "For more information, visit www.brightwater.example.",
                "Media contact:",
                "Ann Ruiz",
                "ann.ruiz@brightwater.example",
                "+1 570 555 0199",
                "SOURCE Brightwater Foods Inc.",
            ],
            id="prnewswire_layout",
        ),
        pytest.param(
            "About Brightwater Foods\n\n"
            "Founded in 1952, Brightwater Foods employs 2,100 people.\n\n"
            "Contacts\n\nMedia:\nAnn Ruiz\n(570) 555-0199",
            [
                "About Brightwater Foods",
                "Founded in 1952, Brightwater Foods employs 2,100 people.",
                "Contacts",
                "Media:",
                "Ann Ruiz",
                "(570) 555-0199",
            ],
            id="headings_apart_as_on_a_web_page",
        ),
        pytest.param(
            "About Brightwater Foods Brightwater Foods, Inc. (NYSE: BWF) is a leading baker. "
            "It has 12 plants.",
            [
                "About Brightwater Foods Brightwater Foods, Inc. (NYSE: BWF) is a leading baker.",
                "It has 12 plants.",
            ],
            id="heading_run_on_into_its_paragraph",
        ),
        pytest.param(
            "About Brightwater Foods\nBrightwater Foods bakes bread for grocers in 14 states.\n\n###",
            [
                "About Brightwater Foods",
                "Brightwater Foods bakes bread for grocers in 14 states.",
                "###",
            ],
            id="description_in_a_release_ended_by_its_mark",
        ),
        pytest.param(
            "Forward-Looking Statements\n"
            "Statements about the bakery's opening are forecasts. Actual results may differ.",
            [
                "Forward-Looking Statements",
                "Statements about the bakery's opening are forecasts.",
                "Actual results may differ.",
            ],
            id="statement_under_its_heading",
        ),
        pytest.param(
            "This press release contains forward-looking statements within the meaning of the "
            "Private Securities Litigation Reform Act of 1995, including statements about the "
            "bakery's opening date, its hiring and the company's expected sales in 2026.",
            [
                "This press release contains forward-looking statements within the meaning of "
                "the Private Securities Litigation Reform Act of 1995, including statements "
                "about the bakery's opening date, its hiring and the company's expected sales "
                "in 2026."
            ],
            id="safe_harbour_paragraph",
        ),
        pytest.param(
            "ENDS\n\nNotes to editors\n1. Photographs are available on request.\n\n"
            "For further information contact Brightwater Foods press office: Ann Ruiz, "
            "01632 960 147, press@brightwater.example\n\n"
            "About Dunmore Rangers FC\n"
            "Dunmore Rangers Football Club was founded in 1893 and plays its home matches at "
            "the Mill Lane ground on the edge of the town. The club plays in the Championship.",
            [
                "ENDS",
                "Notes to editors",
                "1. Photographs are available on request.",
                "For further information contact Brightwater Foods press office: Ann Ruiz, "
                "01632 960 147, press@brightwater.example",
                "About Dunmore Rangers FC",
                "Dunmore Rangers Football Club was founded in 1893 and plays its home matches at "
                "the Mill Lane ground on the edge of the town.",
                "The club plays in the Championship.",
            ],
            id="uk_layout_contact_line_and_a_description_not_naming_the_heading",
        ),
        pytest.param(
            "Notes to editors\nPhotographs are available on request.\n\n"
            "Media enquiries: Ann Ruiz on 01632 960 147\n\n"
            "Press office: Tom Hale, 01632 960 148, tom.hale@brightwater.example",
            [
                "Notes to editors",
                "Photographs are available on request.",
                "Media enquiries: Ann Ruiz on 01632 960 147",
                "Press office: Tom Hale, 01632 960 148, tom.hale@brightwater.example",
            ],
            id="uk_media_enquiries_and_press_office_lines",
        ),
    ],
)
def test_a_press_releases_closing_blocks_are_boilerplate(
    closing: str, furniture: list[str]
) -> None:
    """A release's company description under its "About" heading, its contacts, its
    forward-looking statements and its "SOURCE" line are boilerplate; its news is not."""
    release = document("\n\n".join([*RELEASE_NEWS, closing]))
    sentences = segment(release)
    found = boilerplate_of(release)
    assert [s.text for s in sentences if ("d", s.index) in found] == furniture


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "About 200 Workers Walked Out\n200 workers walked out on Monday, the union said.",
            id="about_a_number",
        ),
        pytest.param(
            "About Face\nThe governor reversed his plan on Tuesday, aides said.", id="headline"
        ),
        pytest.param(
            "About Face: Governor Reverses Course\n"
            "Face masks will no longer be required in schools, the governor said.",
            id="headline_with_a_colon",
        ),
        pytest.param(
            "About Brightwater Foods\nBrightwater Foods makes bread.\n\n"
            "Dunmore Mayor Tom Reyes called the plan the best news in years.",
            id="news_after_the_about_paragraph",
        ),
        pytest.param(
            "About Tarrow\nTarrow council said the bypass would cost 4 million pounds, "
            "twice the first estimate.",
            id="explainer_box_in_a_news_story",
        ),
        pytest.param(
            "Contact\nResidents were told to contact the council before Friday.",
            id="contact_heading_over_news",
        ),
        pytest.param(
            "Investor Relations\nShares of Brightwater rose 4% after the announcement, its "
            "head of investor relations said on 570 555 0199.",
            id="long_line_under_a_contact_heading",
        ),
        pytest.param(
            "The library reopens on Monday after a roof repair.\n\n"
            "For more information, contact the library on 01632 960 100.",
            id="news_closing_with_a_contact_line",
        ),
    ],
)
def test_news_under_a_release_like_heading_stays_news(text: str) -> None:
    """A news line under a heading that a release might close with stays news: "About" must
    head the description of the company it names, by its legal name or in a text laid out as a
    release besides, a contact heading a few short lines of contacts, and a paragraph after a
    blank line is no part of the block above it."""
    found = boilerplate_of(document(text))
    news = [s.text for s in segment(document(text)) if ("d", s.index) not in found]
    assert news[-1] == text.split("\n")[-1]


# A council's release of our own, and a paper's story of the same news.
CONSULTATION = (
    "The Kestrel Valley Council today opened a six-week consultation on plans for a bus lane "
    "along Mill Road.\n\n"
    "The lane would run for 1.8 kilometres between the station and Abbey Square."
)


def released(document: Document) -> PressRelease | None:
    """What :func:`press_release` takes ``document`` for, its boilerplate found as the pipeline
    finds it."""
    sentences = segment(document)
    boilerplate = {index for _, index in boilerplate_of(document)}
    return press_release(document, sentences, boilerplate)


@pytest.mark.parametrize(
    ("text", "source", "issuer"),
    [
        pytest.param(
            f"FOR IMMEDIATE RELEASE\n\n{CONSULTATION}", None, None, id="label_over_its_text"
        ),
        pytest.param(
            f"NEWS RELEASE\n\n{CONSULTATION}",
            "Kestrel Valley Council",
            "Kestrel Valley Council",
            id="label_and_its_sites_name",
        ),
        pytest.param(
            f"{CONSULTATION}\n\n###\n\nMedia enquiries: Jo Pike, 01632 960 114",
            None,
            None,
            id="end_mark_and_contact_line",
        ),
        pytest.param(
            f"{CONSULTATION}\n\n-30-\n\nJo Pike\nCommunications officer\n01632 960 114",
            None,
            None,
            id="wire_end_mark_over_contacts",
        ),
        pytest.param(
            f"{CONSULTATION}\n\nNotes to editors\n1. The consultation closes on 25 June.",
            None,
            None,
            id="notes_to_editors",
        ),
        pytest.param(
            f"{CONSULTATION}\n\nAbout the Kestrel Valley Council\n\nThe Kestrel Valley Council "
            "serves 140,000 residents.\n\nPress contact: press@kestrel.example",
            None,
            "Kestrel Valley Council",
            id="about_the_council",
        ),
        pytest.param(
            CONSULTATION,
            "Kestrel Valley Council press release",
            "Kestrel Valley Council",
            id="source_names_a_release",
        ),
        pytest.param(
            CONSULTATION,
            "Kestrel Valley Council Press Office",
            "Kestrel Valley Council",
            id="source_names_a_press_office",
        ),
        pytest.param(CONSULTATION, "Press Release", None, id="source_names_a_release_alone"),
    ],
)
def test_a_press_release_is_known_by_its_layout_and_its_source(
    text: str, source: str | None, issuer: str | None
) -> None:
    """A release is known by a label it opens with, its end mark over its contacts, a contact
    line, its notes to editors, its "About" heading (a council's after "the" too) or a source
    that names it a release; its issuer is the one its "About" heading or source names, or the
    site it was published on, none when the source is only its file's name."""
    assert released(document(text, "release", source)) == PressRelease(issuer)


def test_a_record_that_says_it_is_a_release_is_one() -> None:
    """A file or record that calls its text a press release (``Document.press_release``) makes
    it one, issued by the outlet it names."""
    declared = replace(
        document(CONSULTATION, "release", "Kestrel Valley Council"), press_release=True
    )
    assert released(declared) == PressRelease("Kestrel Valley Council")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(CONSULTATION, "Kestrel Valley Courier", id="news_story"),
        pytest.param(f"{CONSULTATION}\n\n-30-", "Kestrel Valley Courier", id="wire_end_mark"),
        pytest.param(
            f"KESTREL, May 14 (CPA) - {CONSULTATION}\n\n###", "cpa_wire", id="release_end_mark"
        ),
        pytest.param(
            f"SLUG: BUS LANE / web\nReporter: Sam Delgado\n\n{CONSULTATION}\n\n###\n\n"
            "Audio: Pike interview cut 0:42",
            "Kestrel Radio",
            id="radio_copy_ended_by_the_mark",
        ),
        pytest.param(
            f"Note to editors: corrects the length of the lane.\n\n{CONSULTATION}",
            "Coastal Press Agency",
            id="wires_note_to_editors",
        ),
        pytest.param(
            f"{CONSULTATION}\n\nAbout the Author\nJo Pike covers transport for the Courier.",
            "Kestrel Valley Courier",
            id="about_the_author",
        ),
        pytest.param(
            f"{CONSULTATION}\n\nThe council's press office did not respond to questions.",
            "Kestrel Valley Courier",
            id="press_office_in_news",
        ),
        pytest.param(CONSULTATION, "The Daily Press", id="a_papers_name"),
        pytest.param(CONSULTATION, "Newsroom", id="a_news_sites_name"),
    ],
)
def test_news_is_no_press_release(text: str, source: str) -> None:
    """A news story is no release: not for an end mark alone (a wire's "-30-", or the "###" that
    broadcast and student newsrooms end their own copy with too), a wire's note to editors over
    its copy, an "About the Author" box, a press office named in its news, nor a paper's name."""
    assert released(document(text, "story", source)) is None


FERRY = [
    "A ferry ran aground off Carrick Point on Sunday, and 40 passengers were taken ashore by "
    "lifeboat, the coastguard said.",
    "The harbour master, Ewan Lachlan, said the vessel had lost steering in heavy swell.",
]
FERRY_CORRECTION = (
    "Correction: An earlier version of this article misspelled the harbour master's name. "
    "He is Ewan Lachlan, not Euan Lachlan."
)
FERRY_AFTER = "The operator said sailings would resume on Tuesday."
# As a Markdown file's "*Editor's note: ...*" is read, its emphasis left out.
EDITORS_NOTE = "Editor's note: An earlier version of this story said the ferry had sunk."
# A wire's tag on a write-through, at its end or over its dateline.
CORRECTS_TAG = "(Corrects spelling of harbour master's name in paragraph 2)"
ADDS_TAG = "(Adds harbour master's comment)"


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        pytest.param(
            "\n\n".join([*FERRY, FERRY_CORRECTION, FERRY_AFTER]),
            [("correction", FERRY_CORRECTION)],
            id="paragraph_whole_news_after_kept",
        ),
        pytest.param(
            "\n\n".join([EDITORS_NOTE, *FERRY]),
            [("editors_note", EDITORS_NOTE)],
            id="editors_note_over_the_story",
        ),
        pytest.param(
            "\n".join([*FERRY, FERRY_CORRECTION, FERRY_AFTER]),
            [("correction", FERRY_CORRECTION)],
            id="line_breaks_part_paragraphs",
        ),
        pytest.param(
            "\n\n".join([*FERRY, FERRY_AFTER, CORRECTS_TAG]),
            [("correction", CORRECTS_TAG)],
            id="wire_tag_under_the_story",
        ),
        pytest.param(
            "\n\n".join([ADDS_TAG + "\n" + FERRY[0], FERRY[1]]),
            [("update", ADDS_TAG)],
            id="wire_tag_on_the_line_over_the_lede",
        ),
        pytest.param(
            "\n\n".join([*FERRY, "Correction:", FERRY_CORRECTION.removeprefix("Correction: ")]),
            [("correction", "Correction:\n\n" + FERRY_CORRECTION.removeprefix("Correction: "))],
            id="label_alone_over_its_note",
        ),
        pytest.param(
            "\n\n".join(
                [
                    *FERRY,
                    FERRY_CORRECTION
                    + " Update, 3 p.m.: The coastguard said the ferry had been refloated.",
                ]
            ),
            [
                ("correction", FERRY_CORRECTION),
                ("update", "Update, 3 p.m.: The coastguard said the ferry had been refloated."),
            ],
            id="two_notes_in_one_paragraph",
        ),
        pytest.param(
            "\n\n".join(
                [
                    "Update: "
                    + " ".join([*FERRY, FERRY_AFTER])
                    + " Engineers boarded her at noon. Divers checked the hull. Tugs stood by.",
                    "Police said no one was hurt.",
                ]
            ),
            [("update", "Update: " + FERRY[0])],
            id="long_paragraph_is_news_after_its_first_sentence",
        ),
    ],
)
def test_a_note_on_the_article_is_its_whole_paragraph(
    text: str, notes: list[tuple[str, str]]
) -> None:
    """A correction is one note, whole, to the end of its paragraph or the next note's label, and
    every sentence of it is boilerplate: its second sentence ("He is Ewan Lachlan, not Euan
    Lachlan.") is not news the version adds. The paragraph under it stays news, and so does a
    long paragraph that merely opens with a label, after its first sentence, and the lede on the
    line under a wire's tag, which closes in its brackets."""
    doc = document(text)
    found = article_notes(doc.text, segment(doc))
    assert [(note.kind.value, note.text) for note in found] == notes
    assert {index for _, index in boilerplate_of(doc)} == {
        index for note in found for index in note.sentences
    }


@pytest.mark.parametrize(
    ("headline", "notes"),
    [
        pytest.param(
            "CORRECTED-UPDATE 1-Ferry aground off Carrick Point",
            [("CORRECTED-UPDATE 1", ()), (CORRECTS_TAG, (2,))],
            id="corrected_write_through",
        ),
        pytest.param("URGENT-Ferry aground off Carrick Point", [(CORRECTS_TAG, (2,))], id="flash"),
        pytest.param(None, [(CORRECTS_TAG, (2,))], id="no_headline"),
    ],
)
def test_a_wires_headline_slugs_are_its_first_note(
    headline: str | None, notes: list[tuple[str, tuple[int, ...]]]
) -> None:
    """The slugs a wire's headline opens with that correct or update ("CORRECTED-UPDATE 1-") are
    a note on the article, before those of its text, and of no sentence of it; a first flash's
    "URGENT-" is none."""
    doc = replace(document("\n\n".join([*FERRY, CORRECTS_TAG])), title=headline)
    found = find_notes([doc], {doc.id: segment(doc)})[doc.id]
    assert [(note.text, note.sentences) for note in found] == notes
    assert {note.kind.value for note in found} == {"correction"}


def test_a_live_blogs_entries_are_its_news_not_notes() -> None:
    """A live blog whose entries open with "Update, <time>:" has no notes: they would hold most of
    its text, and they are its news."""
    entries = [
        "Update, 9:05 a.m.: The coastguard said a ferry had run aground off Carrick Point.",
        "Update, 9:40 a.m.: Lifeboats from Oban and Tobermory have reached the vessel.",
        "Update, 10:15 a.m.: All 40 passengers have been taken ashore, the operator said.",
        "Sailings from Carrick are cancelled for the rest of the day.",
    ]
    doc = document("\n\n".join(entries))
    assert article_notes(doc.text, segment(doc)) == ()
    assert boilerplate_of(doc) == frozenset()


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        pytest.param(
            "Lower Valley Dispatch \u00b7 Saturday briefing \u00b7 5 min read", True, id="read_time"
        ),
        pytest.param("Share \u00b7 Print \u00b7 Comments (3)", True, id="share_row"),
        pytest.param("Greens | 12 | +4", False, id="a_tables_row"),
        pytest.param("Analysis \u00b7 The port reopened on Monday after talks.", False, id="news"),
        pytest.param(
            "The station, which is reader-supported, closed in March.", False, id="reader_supported"
        ),
    ],
)
def test_a_row_of_a_pages_labels_beside_a_control_is_boilerplate(
    line: str, boilerplate: bool
) -> None:
    """A row of a page's short labels apart by dots or bars, one a control ("5 min read"), is
    boilerplate as the control alone is; a table's row of figures and news beside a label are
    not."""
    assert lexicon().is_boilerplate(line) is boilerplate


STORY_SENTENCES = [
    "Fire crews put out a blaze at the recycling plant on Harlow Street early on Friday.",
    "Two firefighters were taken to hospital with minor burns.",
]


@pytest.mark.parametrize(
    ("mark", "notes"),
    [
        pytest.param(
            "###",
            "EDITOR NOTES:\n\u2022 Check w/ the chief re: names of the injured\n"
            "\u2022 Audio: Bell interview cut 0:42, file RVFIRE_BELL_0411.wav",
            id="a_newsrooms_notes_to_its_desk",
        ),
        pytest.param("-30-", "Jo Pike\n020 7946 0800", id="contacts_under_a_wires_mark"),
    ],
)
def test_the_notes_under_a_copys_end_mark_are_boilerplate(mark: str, notes: str) -> None:
    """A newsroom ends its story with a mark ("###", "-30-") and its notes to the desk under it:
    they are no sentences of the story, which ended with the mark."""
    doc = document(f"{STORY_SENTENCES[0]}\n{STORY_SENTENCES[1]}\n{mark}\n{notes}")
    sentences = segment(doc)
    news = [s.text for s in sentences if ("d", s.index) not in boilerplate_of(doc)]
    assert news == STORY_SENTENCES


def test_news_under_an_end_mark_stays_news() -> None:
    """A long paragraph under the mark (two stories in one file, a release's "About" block,
    which is read as such) leaves the lines under the mark as they are."""
    text = (
        f"{STORY_SENTENCES[0]}\n-30-\nThe council approved the budget on Tuesday after a debate that "
        "ran past midnight, with nine members voting in favour and four against it."
    )
    assert boilerplate_of(document(text)) == {("d", 1)}


# Three short reports of other stories, as a local paper files them in one week.
OTHER_STORIES = [
    "Crews put out a fire at a warehouse on Canal Road late on Monday, and nobody was hurt.",
    "The town council approved a new budget for the Harlow Street library on Tuesday evening.",
    "Bus drivers in Tarrow walked out over pay on Wednesday, leaving thousands to find other rides.",
]


def ledger_footer(outlet: str) -> str:
    """A paper's footer, its name in it, as it closes every article."""
    return (
        f"The {outlet} is an independent, reader-funded newsroom covering the county since 1998.\n"
        f"Support local journalism by subscribing to the {outlet} at "
        f"{outlet.casefold().replace(' ', '')}.example/subscribe."
    )


def news_left(*documents: Document) -> dict[str, list[str]]:
    """Each document's sentences that are not boilerplate, by its id."""
    boilerplate = boilerplate_of(*documents)
    return {
        d.id: [s.text for s in segment(d) if (d.id, s.index) not in boilerplate] for d in documents
    }


def test_an_outlets_footer_on_its_articles_of_other_stories_is_boilerplate() -> None:
    """A paper closes its reports of three stories with the same two lines naming it: they are
    its own lines, no story's, whatever their words."""
    articles = [
        document(f"{text}\n{ledger_footer('Ledger')}", f"ledger-{n}", "The Ledger")
        for n, text in enumerate(OTHER_STORIES)
    ]
    assert news_left(*articles) == {f"ledger-{n}": [text] for n, text in enumerate(OTHER_STORIES)}


def test_a_newsrooms_closing_asks_for_tips_and_money_are_boilerplate() -> None:
    """A nonprofit newsroom closes its article with "Have a tip? Email ... Donate today.": each
    ask is boilerplate, and the article's own closing sentence above them stays news."""
    closing = "The council meets again on Nov. 4 at 7 p.m. at City Hall."
    article = document(
        f"{OTHER_STORIES[1]}\n{closing}\nHave a tip? Email tips@ledger.example. Donate today.",
        "ledger",
        "The Ledger",
    )
    assert news_left(article) == {"ledger": [OTHER_STORIES[1], closing]}


def test_two_outlets_lines_that_differ_only_by_their_names_are_boilerplate() -> None:
    """Two papers that each close one article with a stock line, their own name in it, print
    one stock line, not one sentence edited: "Ledger" in place of "Harbour Sentinel"."""
    ledger = document(
        f"{OTHER_STORIES[0]}\n{ledger_footer('Ledger')}",
        "ledger",
        "The Ledger",
        url="https://www.ledger.example/canal-road-fire",
    )
    sentinel = document(
        f"{OTHER_STORIES[1]}\n{ledger_footer('Harbour Sentinel')}",
        "sentinel",
        "Harbour Sentinel",
        url="https://harboursentinel.example/library-budget",
    )
    assert news_left(ledger, sentinel) == {
        "ledger": [OTHER_STORIES[0]],
        "sentinel": [OTHER_STORIES[1]],
    }


FIRST_REPORTED = "The Ledger first reported the closure on Monday."


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        pytest.param(
            [f"{OTHER_STORIES[0]}\n{FIRST_REPORTED}", OTHER_STORIES[1], OTHER_STORIES[2]],
            "The Ledger",
            id="named_in_one_article_only",
        ),
        pytest.param(
            [
                f"{OTHER_STORIES[0]}\nFire Chief Dana Rourke told the Ledger the cause was "
                "not yet known.",
                f"{OTHER_STORIES[0]} Investigators returned on Tuesday.\nFire Chief Dana Rourke "
                "told the Ledger the cause was not yet known.",
            ],
            "The Ledger",
            id="one_storys_article_and_its_update",
        ),
        pytest.param(
            [f"{text}\n{FIRST_REPORTED}" for text in OTHER_STORIES],
            "Harbour Sentinel",
            id="naming_another_outlet",
        ),
    ],
)
def test_a_news_line_that_names_an_outlet_stays_news(texts: list[str], source: str) -> None:
    """A line naming the paper stays news when only one of its articles prints it, when the
    articles that print it tell one story, or when the outlet it names is another's."""
    articles = [document(text, f"article-{n}", source) for n, text in enumerate(texts)]
    assert boilerplate_of(*articles) == frozenset()


def test_a_copy_that_claims_the_wires_interview_keeps_the_line() -> None:
    """A paper's copy of a wire story that says "told the Ledger" where the wire said "told
    Reuters" differs from it by the outlets' names, but the two share the story besides: the
    line is the claim a reader should see, no stock line."""
    story = (
        "Norvale Systems will cut 1,200 jobs at its plant in Tarrow by the end of the year, the "
        "company said on Thursday."
    )
    wire = document(f"{story}\nA spokesman told Reuters the cuts were final.", "wire", "Reuters")
    copy = document(
        f"{story}\nA spokesman told the Ledger the cuts were final.", "copy", "The Ledger"
    )
    assert boilerplate_of(wire, copy) == frozenset()


# A wire's report, as an agency no word list names files it.
FERRY_WIRE = (
    "The ferry operator Kestrel Lines cancelled all sailings between Port Avel and the Ostry "
    "islands on Friday after a gale damaged its main pier.\n\n"
    "Repairs would take at least a week, the company said."
)


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param(" (Skerry Wire)", id="brackets_closing_the_last_paragraph"),
        pytest.param("\n\n(Skerry Wire)", id="brackets_on_a_line_of_their_own"),
        pytest.param("\n\n\u2014 Skerry Wire", id="after_a_dash"),
        pytest.param("\n\n-- The Skerry Wire", id="after_two_hyphens_with_the"),
        pytest.param("\n\n(Skerry Wire)\n\nSign up for our morning newsletter.", id="over_a_promo"),
    ],
)
def test_a_run_outlets_name_signing_a_copy_off_is_its_credit_tag(tag: str) -> None:
    """A paper that prints the wire's text and signs it off with the wire's name alone, in
    brackets or after a dash, credits the wire there: the tag is boilerplate, though no word
    list names the Skerry Wire, for an article of the run is the Skerry Wire's."""
    wire = document(FERRY_WIRE, "wire", "Skerry Wire")
    copy = document(FERRY_WIRE + tag, "copy", "Lowland Courier")
    assert news_left(wire, copy)["copy"] == news_left(wire)["wire"]


@pytest.mark.parametrize(
    ("tag", "others"),
    [
        pytest.param("\n\n(Skerry Wire)", [], id="no_article_of_the_run_is_the_wires"),
        pytest.param("\n\n\u2014 Mara Voss", [], id="a_writers_name"),
        pytest.param("\n\n(Harbour Sentinel)", ["Skerry Wire"], id="an_outlet_outside_the_run"),
    ],
)
def test_a_closing_name_no_outlet_of_the_run_goes_by_stays_news(
    tag: str, others: list[str]
) -> None:
    """A closing name in brackets or after a dash is a credit tag only when an outlet of the run
    goes by it: a name no article's outlet has is read as the text's other sentences are."""
    copy = document(FERRY_WIRE + tag, "copy", "Lowland Courier")
    run = [document(FERRY_WIRE, f"other-{n}", outlet) for n, outlet in enumerate(others)]
    assert news_left(copy, *run)["copy"][-1] == tag.strip()


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param(" (SW)", id="initials_in_brackets_closing_the_last_paragraph"),
        pytest.param("\n\n(SW)", id="initials_in_brackets_on_a_line_of_their_own"),
        pytest.param("\n\n\u2014 SW", id="initials_after_a_dash"),
    ],
)
def test_initials_signing_off_copies_of_two_outlets_are_their_credit_tag(tag: str) -> None:
    """Two papers print the Skerry Wire's text and sign it off with a short name no outlet of
    the run goes by, "(SW)": printed so by both, it is their credit, no sentence of their own."""
    wire = document(FERRY_WIRE, "wire", "Skerry Wire")
    courier = document(FERRY_WIRE + tag, "courier", "Lowland Courier")
    mail = document(FERRY_WIRE + tag, "mail", "Ashby Mail")
    left = news_left(wire, courier, mail)
    assert left["courier"] == left["mail"] == left["wire"]


# A report that ends in a name's initials, as news does, printed by two outlets.
ALLIANCE = (
    "Finland's parliament approved the accession treaty on Tuesday by 184 votes to 7.\n\n"
    "The country will become the 31st member of the North Atlantic Treaty Organization (NATO)."
)


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        pytest.param(
            [FERRY_WIRE + " (SW)", FERRY_WIRE], "(SW)", id="initials_closing_one_outlets_copy"
        ),
        pytest.param(
            [ALLIANCE, ALLIANCE],
            "The country will become the 31st member of the North Atlantic Treaty Organization "
            "(NATO).",
            id="a_last_sentence_ending_in_initials",
        ),
    ],
)
def test_initials_that_sign_off_no_two_outlets_copies_stay_news(
    texts: list[str], kept: str
) -> None:
    """Initials in brackets are a credit tag only alone, closing copies of two outlets: one
    paper's "(SW)" stays its sentence, and a last sentence of news that ends in an acronym,
    "... the North Atlantic Treaty Organization (NATO).", printed by two outlets, stays news."""
    outlets = ("Lowland Courier", "Ashby Mail")
    documents = [
        document(text, f"d{n}", outlet)
        for n, (text, outlet) in enumerate(zip(texts, outlets, strict=True))
    ]
    assert news_left(*documents)["d0"][-1] == kept


def test_an_outlets_name_in_brackets_within_the_text_stays_news() -> None:
    """Only the sentence that closes the text signs it off: the outlet's name in brackets as a
    paragraph of its own further up, or as the whole text, is no credit tag."""
    above = document(f"(Skerry Wire)\n\n{FERRY_WIRE}", "above", "Lowland Courier")
    alone = document("(Skerry Wire)", "alone", "Lowland Courier")
    wire = document(FERRY_WIRE, "wire", "Skerry Wire")
    assert boilerplate_of(above, alone, wire) == frozenset()


PAYWALL_LEDE = "Questions are mounting over safety at the Northgate warehouse after the fire."


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        pytest.param(
            f"{PAYWALL_LEDE}\nThis article is for subscribers only. Subscribe now for just "
            "\u00a31 a week to continue reading.\nAlready a subscriber? Log in",
            "This article is for subscribers only.",
            id="subscribers_only_then_log_in",
        ),
        pytest.param(
            f"{PAYWALL_LEDE} To continue reading, please subscribe.\n\nShare this article\n",
            "To continue reading, please subscribe.",
            id="in_the_ledes_paragraph_above_a_share_bar",
        ),
        pytest.param(
            f"{PAYWALL_LEDE}\nSubscribe now for just \u00a31 a week.", None, id="an_offer_alone"
        ),
        pytest.param(
            f"This article is for subscribers only.\n{PAYWALL_LEDE}", None, id="news_after_it"
        ),
        pytest.param(
            f"{PAYWALL_LEDE}\nSubscribe to continue reading, the paper told readers in 2019.",
            None,
            id="news_of_a_paywall",
        ),
    ],
)
def test_a_text_that_ends_at_a_paywall_gives_its_notice(text: str, notice: str | None) -> None:
    """A text whose last sentences, boilerplate all, hold a paywall's notice ends where the
    paywall cut it; a plain offer to subscribe, a notice with news after it, and a sentence of
    news about a paywall say nothing of the text being cut."""
    assert paywall_notice(text) == notice


def test_a_releases_table_rows_are_its_furniture() -> None:
    """The rows of a release's table of results ("Revenue | $412 | $389 | 6%") give again the
    figures its text states: they are the release's furniture, not news a rewrite leaves out
    (acceptance round 32, a8). A news story's table stays news."""
    news = "Quarry Labs Inc. reported second-quarter revenue of $412 million, up 6%."
    rows = "Revenue | $412 | $389 | 6%\nNet income | $38 | $31 | 23%"
    about = "About Quarry Labs\nQuarry Labs Inc. designs lidar sensors for farm machinery."
    release = f"{news}\n\n{rows}\n\n{about}\n"
    sentences = segment(Document("r", "r", release))
    furniture = release_furniture(release, sentences)
    assert [s.text for s in sentences if s.index not in furniture] == [news]
    story = f"{news}\n\n{rows}\n"
    assert release_furniture(story, segment(Document("n", "n", story))) == set()


def test_a_pages_got_a_story_box_is_boilerplate_both_its_lines() -> None:
    """A tabloid's "GOT A STORY?" box inside its article, with the desk to call under it, is
    the outlet's promotion of itself: neither of its sentences is the story's."""
    page = (
        "<html><body><article><h1>Storm floods Harlow seafront</h1>"
        "<p>Waves flooded the Harlow seafront on Tuesday night, forcing 40 families from their "
        "homes, the fire service said.</p>"
        "<p>Crews pumped water from the promenade's shops until dawn.</p>"
        '<div class="promo">GOT A STORY? Call the Harlow Herald newsdesk or email '
        "tips@harlowherald.example</div></article></body></html>"
    )
    article = document_from_html(page, "herald", "Harlow Herald")
    sentences = segment(article)
    found = boilerplate_of(article)
    assert [s.text for s in sentences if ("herald", s.index) in found] == [
        "GOT A STORY?",
        "Call the Harlow Herald newsdesk or email tips@harlowherald.example",
    ]


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        pytest.param("(With PTI inputs)", True, id="with_pti_inputs"),
        pytest.param("(With IANS inputs)", True, id="with_ians_inputs"),
        pytest.param(
            "With PTI inputs on the toll, the ministry revised its count.",
            False,
            id="inputs_in_news",
        ),
    ],
)
def test_an_inputs_credit_line_is_boilerplate(line: str, boilerplate: bool) -> None:
    """ "(With PTI inputs)" under Indian English copy is a credit line, never news, as "(With
    inputs from PTI)" is; a sentence that goes on after it is news (Hindi desk acceptance b4)."""
    assert bool(boilerplate_of(document(line))) is boilerplate


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("Anzeige", id="german"),
        pytest.param("Werbung", id="german_werbung"),
        pytest.param("Publicité", id="french"),
        pytest.param("Publicidad", id="spanish"),
        pytest.param("Pubblicità", id="italian"),
        pytest.param("Publicidade", id="portuguese"),
    ],
)
def test_an_ad_label_in_another_language_is_boilerplate(label: str) -> None:
    """The mark a German, French, Spanish, Italian or Portuguese page sets over an ad, on a line
    of its own, is boilerplate as "Advertisement" is, not a sentence the outlet adds (German desk
    acceptance d3)."""
    text = (
        "Wegen des steigenden Pegels hat die Stadt den Katastrophenfall ausgerufen.\n"
        f"{label}\nRund 350 Bewohner mussten ihre Häuser verlassen."
    )
    page = document(text)
    gone = boilerplate_of(page)
    assert [s.text for s in segment(page) if (page.id, s.index) in gone] == [label]


@pytest.mark.parametrize(
    ("cut", "notice"),
    [
        pytest.param(
            "Article réservé aux abonnés\nIl vous reste 74 % de cet article à lire.\n"
            "Pour lire la suite, abonnez-vous dès 1 € le premier mois.\nDéjà abonné ? Se connecter",
            "Article réservé aux abonnés",
            id="french",
        ),
        pytest.param(
            "Exklusiv für Abonnenten\nWeiterlesen mit Kurier Plus\nBereits Abonnent? Anmelden",
            "Exklusiv für Abonnenten",
            id="german",
        ),
        pytest.param(
            "Contenido exclusivo para suscriptores\n¿Ya eres suscriptor? Iniciar sesión",
            "Contenido exclusivo para suscriptores",
            id="spanish",
        ),
        pytest.param(
            "Conteúdo exclusivo para assinantes\nJá é assinante? Faça login",
            "Conteúdo exclusivo para assinantes",
            id="portuguese",
        ),
        pytest.param(
            "Articolo riservato agli abbonati\nSei già abbonato? Accedi",
            "Articolo riservato agli abbonati",
            id="italian",
        ),
        pytest.param(
            "Pour lire la suite, abonnez-vous, a répété le directeur du journal aux lecteurs.",
            None,
            id="french_news_of_a_paywall",
        ),
    ],
)
def test_a_paywall_of_another_language_ends_the_text(cut: str, notice: str | None) -> None:
    """French, German, Spanish, Portuguese and Italian paywalls' notices under a teaser say the
    page holds only the article's start, as English ones do; a sentence of news that quotes one
    says nothing of a cut (French wire desk acceptance a3)."""
    teaser = "La préfecture a fermé le pont de Valmy après l'effondrement d'une pile mardi soir."
    assert paywall_notice(f"{teaser}\n{cut}") == notice


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        pytest.param(
            "This story was adapted from a news release by the University of Carrow.",
            True,
            id="adapted_from_a_news_release_by",
        ),
        pytest.param(
            "This article is based on a press release from Kestrel Police.",
            True,
            id="based_on_a_press_release_from",
        ),
        pytest.param(
            "This story was adapted from a news release.", True, id="adapted_from_a_release"
        ),
        pytest.param(
            "The story was adapted from a news release the council issued on Monday, Reid said.",
            False,
            id="news_of_a_release",
        ),
        pytest.param(
            "This story is based on interviews with 14 nurses at Carrow General.",
            False,
            id="based_on_interviews",
        ),
    ],
)
def test_a_copys_line_saying_its_text_is_a_releases_is_boilerplate(
    line: str, boilerplate: bool
) -> None:
    """A copy's closing line that says its text was adapted from a press release is its credit,
    none of its own words, so a verbatim copy that says so is counted as copied as one that does
    not; a sentence of news about a release, or a note on the copy's own reporting, is not
    (health desk acceptance h4)."""
    copy = document(
        "Green tea drinkers had blood pressure 4.1 mmHg lower on average, the study found.\n\n"
        + line
    )
    assert ((copy.id, 1) in boilerplate_of(copy)) is boilerplate
