"""The extractors' word lists: function words, page furniture, notices, credits, prompts, bylines.

Both cleaners read them: the plain-text cleaner judges lines (text/features, text/meta), the
HTML cleaner judges the blocks readability leaves (html/filter, bylines). One list per
meaning keeps the two from drifting apart; where a phrase or a pattern is safe for one cleaner
only, it is in a list named for that cleaner, with the reason next to it.

Function words are what separates prose from menus in any language: a sentence needs
articles, prepositions and pronouns, a menu item or a headline list hardly ever has them.
One merged set is used for all languages, so nothing depends on guessing the language first;
the few short words that are content words in one language and function words in another
cost little, because prose scores far above the threshold anyway.
"""

from __future__ import annotations

import re


def phrases(text: str, separator: str | None = None) -> frozenset[str]:
    """A word list written as one string, split at separator (whitespace by default)."""
    return frozenset(phrase.strip() for phrase in text.split(separator) if phrase.strip())


# The most frequent function words of the languages the language guess names, chosen to
# overlap little between languages: the guess votes with these.
_FREQUENT_FUNCTION_WORDS = {
    "en": "the a of and to in is that for it with as was on be by at this are from have has had not but "
    "which they their his her an or were been would will said who its after also more than about "
    "there when what can we you he she them these those into could should over",
    "de": "der die und das den nicht ist von mit sich des auf für dem ein eine im zu auch es als "
    "wird sind wurde werden bei nach aus einer oder wie noch hat nur vor zum zur über dass",
    "fr": "le la les des et est un une du en que qui dans pour pas sur au avec ce il elle sont "
    "par plus ne se aux ont été cette mais nous vous leur ses comme",
    "es": "el la los las de que y en un una por con para del se al lo como más pero sus su es "
    "fue ha son está este esta entre cuando muy sin sobre también",
    "it": "il di che e la per un una non sono del della dei delle nel alla gli le ha con si "
    "anche come più ma questo questa essere stato dalla",
    "pt": "de que e o a do da em um uma para com não os as dos das no na por mais se ao foi "
    "pelo pela são como mas também está sua seu",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar "
    "om dan nog wordt werd zijn naar hun",
    "sv": "och att det som en på är av för med till den har de inte om ett var sig men",
    "da": "og at det som en på er af for med til den har de ikke om et var sig men",
    "pl": "i w na z że do nie się jest to jak po o przez od za dla tak oraz",
    "tr": "ve bir bu da de için ile olarak çok daha gibi olan en ama ne",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena",
}
FREQUENT_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: phrases(words) for language, words in _FREQUENT_FUNCTION_WORDS.items()
}
# The rest of each language's function words, and those of languages the guess leaves alone.
_MORE_FUNCTION_WORDS = {
    "en": "without onto under before between through during against then here being am do does did shall may "
    "might must no nor so if while because although though whom whose where why how him us our your i me my "
    "mine all any some each every most such only just very too up out off again further once says",
    "de": "eines einem einen aber war waren wurden haben hatte sein in an am unter um durch gegen ohne er sie "
    "wir ihr ich man daß wenn so schon dann doch denn ob was wer wo",
    "fr": "de ou était être avoir a avait sous sans cet ces quoi dont où ils elles on leurs son sa lui y si aussi très",
    "es": "unos unas o no era ser estar han había quien cual donde le les estos estas ese esa ya",
    "it": "lo i uno degli o è era hanno aveva in su tra fra da dal nella al chi cui suo sua suoi molto quello",
    "pt": "uns umas ou é era ser estar tem têm havia nos nas sem sobre entre quem qual quando onde seus suas "
    "ele ela eles elas muito já",
    "nl": "of was waren heeft hebben had uit over tot die dit deze hij zij ze wij we ik je u al zo",
    "sv": "hade han hon vi ni jag så också när från",
    "da": "havde han hun vi jeg så også når fra",
    "no": "og å det som en et er var har hadde ikke på av for med til den de om men seg han hun vi jeg så også når fra",
    "pl": "ale czy był była było są być jego jej ich który która które",
    "cs": "a v na se je že to s z do o jako ale by byl byla bylo jsou jeho její jejich který která které pro od po za",
    "ru": "и в во не что он она оно они на я с со как а то все так его ее её но да ты к у же вы "
    "за бы по только мне было вот от меня еще ещё нет о из ему когда даже ну ли если уже или быть "
    "был была были до вас для это этот эта эти который которые которая при также",
    "uk": "і й в у на з із що не як до за від це та але або його її їх був була були є для при",
    "tr": "ki mi değil kadar sonra",
    "id": "adalah oleh bahwa telah sudah atau",
    "ro": "și în de la cu pe din care este sunt a fost pentru că nu mai un o ca se",
    "hu": "a az és hogy nem is egy meg van volt de csak mint már még ez azt",
    "fi": "ja on ei se että hän oli ovat kun mutta myös tai jo niin sen",
}
FUNCTION_WORDS: frozenset[str] = frozenset().union(
    *FREQUENT_FUNCTION_WORDS.values(), *map(phrases, _MORE_FUNCTION_WORDS.values())
)

# Articles, prepositions and conjunctions: a sentence never ends with one, so a line that does
# was broken inside a sentence. (Pronouns are left out: "...contact us" may end a heading.)
DANGLING_WORDS: frozenset[str] = phrases(
    "the a an of to in on at for with from by and or but that which who whose than as into "
    "der die das den dem des ein eine einer einem einen und oder mit von zu für auf aus bei nach "
    "le la les un une des du de et ou avec pour par dans sur au aux "
    "el los las una unos unas del al y o con para por en sobre entre "
    "os as um uma do da dos das no na nos nas com pelo pela e "
    "il lo gli di della delle dei degli nel nella alla con per tra fra che "
    "het een en van voor op met"
)

# Han characters that are grammar rather than content in Chinese and Japanese prose;
# kana (hiragana) is counted separately. A menu of nouns has almost none of them.
CJK_FUNCTION_CHARS: frozenset[str] = frozenset(
    "的了是在和有不这也就们他她它为与到说对要会以及将中上被把从但而其之于或并等已个"
)

# "Read also" and its kin in other languages: alone, a furniture line; before a colon, the
# label of a teaser ("Leia também: <headline>").
READ_ALSO: frozenset[str] = phrases(
    "read also; also read; see also; read more; read next; see more; related; more; must read; watch; "
    "leia também; leia mais; veja também; lesen sie auch; "
    "mehr zum thema; lire aussi; à lire aussi; leer más; lee también; ver también; leggi anche; читайте также",
    ";",
)
# Whole lines (or blocks) that are page furniture wherever they stand. Matched against the
# lower-cased line without punctuation, so "Share this:" and "SHARE (12)" both hit.
FURNITURE_LINES: frozenset[str] = READ_ALSO | phrases(
    (
        "advertisement; advertisements; advertising; advert; ad; ads; sponsored; sponsored content; anzeige; "
        "werbung; publicidad; publicité; pubblicità; реклама; 广告; 広告; 광고; "
        "share; share this; share this article; share this story; share on facebook; share on twitter; "
        "share this on whatsapp; tweet; email; e-mail; print; comments; comment; no comments; leave a comment; "
        "post a comment; more; related; related news; related articles; related stories; related posts; "
        "related content; related coverage; most popular; most read; popular; trending; trending now; "
        "top stories; top news; latest; latest news; more news; more videos; recommended; recommended for you; "
        "we recommend; you may also like; you might also like; more from; continue reading; "
        "continue reading the main story; show more; load more; see more; view more; learn more; click here; "
        "back to top; top; skip to content; skip to main content; menu; close; search; home; sign in; log in; "
        "login; sign up; subscribe; register; newsletter; follow us; tags; tag; tagged; topics; categories; "
        "filed under; previous; next; previous article; next article; like this; like; likes; like loading; "
        "loading; loading comments; permalink; report; reply; "
        "gallery; video; play video; watch; watch now; replay; audio; listen to this article; "
        "text size; font size; citation; voltar; "
        "mais lidas; weitere artikel; noticias relacionadas; potrebbe interessarti; "
        "responder; responda; antworten; répondre; rispondi; ответить; поделиться; "
        "スポンサードリンク; シェア; ツイート; 分享; 打印; 공유; 인쇄"
    ),
    ";",
)
# Labels set between an article's paragraphs: a picture or video box's buttons ("View Images",
# "[+] Enlarge", "Open this photo in gallery") and an advertisement's break ("Story continues
# below advertisement"). The text cleaner drops such a line without letting it end the article
# (an advertisement or a picture interrupts it); the HTML cleaner drops it as furniture.
INLINE_LABELS: frozenset[str] = phrases(
    "view images; view image; view photos; view gallery; see gallery; view this image; view full image; "
    "enlarge; enlarge image; enlarge this image; expand image; open this photo in gallery; open gallery; "
    "story continues below advertisement; article continues below advertisement; story continues below; "
    "article continues below; advertisement story continues below; advertisement article continues below; "
    "story continues after advertisement; article continues after advertisement; continue reading below; "
    "advertisement continue reading below; article continues below this advert; story continues below this ad",
    ";",
)
# "Don't miss" heads boxes that sites set inside the article (product lists, further reading
# the article counts on). In the HTML cleaner a furniture block goes alone; in plain text a
# furniture line also ends the article's region, and would cut such a box off with what follows.
# "Photos" too: a scraper that breaks lines inside sentences leaves "Photos" alone on a line
# above "which were released online ...", and the text cleaner does not join a furniture label
# to the line after it.
HTML_FURNITURE_LINES: frozenset[str] = (
    FURNITURE_LINES
    | INLINE_LABELS
    | phrases(
        (
            "don't miss; dont miss; photos; drucken; imprimir; imprimer; stampa; print this article; print article; "
            "comments are closed; comments closed; kommentare geschlossen; write a comment; kommentieren; "
            "kommentar schreiben; kommentare schreiben; kommentare; weiterführender link; weiterführende links; "
            "further reading; useful links; sign in or create an account; view more offers; story saved; "
            "save story; save article; saved; read the rest; mehr anzeigen; weniger anzeigen; alle anzeigen; "
            "weiterlesen; mehr lesen; lire la suite; leer más; continua a leggere; table of contents"
        ),
        ";",
    )
)

# Headings that open what follows an article: lists of other stories, comments, tags. The text
# cleaner matches them at the start of a short line, so "More from Sportsnet" and "Comments
# (12)" hit; the HTML cleaner drops a block that is one of them. ("Up next" is not one: AP
# sports stories end with an "UP NEXT" subhead over the teams' next games.)
SECTION_HEADINGS: frozenset[str] = phrases(
    (
        "related; more from; more news; more stories; more in; more on; more articles; most popular; most read; "
        "most viewed; most shared; popular; trending; recommended; you may also; you might also; you may like; "
        "you might like; read next; top stories; latest news; latest stories; other news; around the web; "
        "from around the web; also on; sponsored; promoted; comments; comment; leave a comment; leave a reply; "
        "join the conversation; join the discussion; tags; tagged; topics; "
        "leia também; leia mais; mais lidas; mais lidos; notícias relacionadas; veja também; "
        "noticias relacionadas; lo más leído; más leídas; más leído; te puede interesar; "
        "à lire aussi; lire aussi; les plus lus; articles similaires; sur le même sujet; "
        "weitere artikel; mehr zum thema; meistgelesen; das könnte sie auch interessieren; "
        "potrebbe interessarti; più letti; articoli correlati; leggi anche; "
        "читайте также; похожие; популярное; комментарии; теги; "
        "関連記事; 人気記事; おすすめ記事; タグ; コメント; 相关新闻; 相关阅读; 相关文章; 热门; 推荐阅读; 标签; 评论; "
        "관련기사; 많이 본; 댓글; 태그"
    ),
    ";",
)

# "12 comments", "34 responses to ...": the counter that opens a comment section.
COMMENT_COUNTER = re.compile(
    r"\d+ (?:comments?|responses?|replies|thoughts|reactions|kommentare?|comentários?|comentarios?|commentaires?|"
    r"commenti|комментари\w*)\b",
    re.IGNORECASE,
)
# "More Stories", "More great Lantern stories", "Latest news", "Top videos": the label of a
# list of other stories (matched against the whole lower-cased line or block).
SECTION_LABEL = re.compile(
    r"^(?:more|other|latest|top|popular|related|recommended|trending|editor'?s picks?)\b.{0,30}"
    r"\b(?:stories|news|articles|posts|videos|reads|headlines|coverage)$",
    re.IGNORECASE,
)

# --- Notices, credits and prompts ---------------------------------------------------------
# Each cleaner has its own pattern built from the shared words: the HTML cleaner judges whole
# blocks and drops what it matches; the text cleaner judges lines, and its patterns run only
# behind a cheap test for one of their trigger words (the *_TRIGGERS sets), since they are
# costly and most lines are plain prose or menus. Text patterns match lower-cased lines.

# Rights notices: no article paragraph contains one, wherever it stands in it. "May not be
# published" counts only in a notice's list ("... may not be published, broadcast, rewritten or
# redistributed", "... may not be reproduced in whole or in part"): alone it is news prose
# ("the names may not be published until the families are told").
_RIGHTS = (
    r"©|\(c\)\s*(?:19|20)\d\d|all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|direitos reservados|tutti i diritti riservati|все права защищены|"
    r"版权所有|無断転載|subject to copyright|"
    r"may not be (?:re)?(?:produced|published|distributed|broadcast|rewritten)(?:,|\s+or\b|\s+in (?:whole|any)\b)"
)
# A block that opens with "Copyright" or "(c)" is a notice too; further in, the word is no
# evidence: an article may be about copyright.
HTML_NOTICE = re.compile(rf"^(?:\(c\)|copyright\b)|{_RIGHTS}", re.IGNORECASE)
# A scraped page keeps its footer, which the HTML cleaner's DOM pass removes before any text
# rule runs: "Copyright" anywhere, cookie banners, policy links and trademark lines are
# notices in plain text only.
TEXT_NOTICE = re.compile(
    rf"{_RIGHTS}|\bcopyright\b|without (?:the )?(?:express )?(?:prior )?(?:written )?permission|"
    r"\bcookies?\b.{0,60}\b(?:accept|consent|use|policy|settings)|privacy policy|terms of (?:use|service)|"
    r"\b(?:is|are) (?:a )?(?:registered )?trademarks? of\b|not been evaluated by the food and drug administration"
)
TEXT_NOTICE_TRIGGERS = frozenset(
    ("copyright", "rights", "reserved", "vorbehalten", "réservés", "reservados", "riservati", "права",
     "permission", "cookie", "cookies", "privacy", "terms", "c", "trademark", "trademarks", "evaluated",
     "reproduced", "republished", "redistributed", "rewritten")
)  # fmt: skip
TEXT_NOTICE_MARKS = ("©", "版权", "無断")  # triggers in scripts without spaces
# Substrings one of which a notice in a long line contains: cheaper to test than the pattern.
TEXT_NOTICE_HINTS = ("©", "copyright", "(c)", "rights", "reserv", "vorbehalten", "права", "版权", "無断", "permission",
                     "cookie", "privacy", "terms", "trademark", "evaluated", "may not be")  # fmt: skip

# Image credits: "Photo: AP", "(Image: Getty)", "[Featured Image by Jane Doe/Getty Images]", "Image 2 of 5".
_PICTURE = r"photo|photograph|image|picture|pic|foto|bild|imagem|imagen|screenshot|screengrab"
_STOCK_AGENCIES = r"getty images|shutterstock|istock(?:photo)?"
# A block that opens with a credit label or ends with a stock agency's name (blocks of a dozen
# words or fewer): further in, "photographs by ..." may be the article's own sentence.
HTML_CREDIT = re.compile(
    rf"^[(\[]?(?:(?:{_PICTURE})s?|video|illustration|graphic|source|credit|image credit|photo credit)\s*(?:by)?\s*:|"
    r"^[(\[]?(?:(?:featured|top|lead|header|cover|main) )?(?:photo|image|picture|illustration)s? by\b|"
    rf"\b(?:{_STOCK_AGENCIES})[)\]]?\.?$|^image \d+ of \d+$|^©",
    re.IGNORECASE,
)
# Scrapers glue a caption and its credit into one line, so in text a credit counts anywhere in
# a line short enough to be a caption.
TEXT_CREDIT = re.compile(
    rf"\([^()]{{0,40}}\b(?:{_PICTURE})s?\b[^()]{{0,80}}\)|"
    rf"\b(?:{_PICTURE})s?\s*(?:credit|source|courtesy)?\s*(?::|by\b|via\b|courtesy\b)|"
    rf"credit\s*(?::|\.\.\.|…)|{_STOCK_AGENCIES}|\bap photo|file photo|"
    r"\b(?:image|photo|picture|slide)s? \d+ (?:of|/) \d+|"
    r"\[file:[^\]]{1,40}\]\s*$|"  # "... after the invasion [File: Reuters]"
    r"\((?:courtesy(?: of)?|public domain)\b[^()]{0,60}\)\s*$|"  # "... in 1952. (Courtesy of Jane Doe)"
    r"^(?:getty|getty images|shutterstock|istock|alamy)$"  # a picture library's name alone under a photo
)
# Agency credits are written in capitals or with their own capitalisation ("REUTERS/Jane Doe",
# "Photo Desk/AFP"), which tells them from a slash in text ("the ePA/ePF standards"). Matched
# against the line as written.
# A caption ending in its credit, photographer and agency in brackets: "(Jane Doe/Example Press)".
TEXT_AGENCY_CREDIT = re.compile(
    r"\b(?:REUTERS|Reuters|AFP|EPA|AP)/\s?[A-Z]|\w/\s?(?:REUTERS|Reuters|AFP|AP|EPA)\b|"
    r"\((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*\s?/\s?(?:[A-Z][\w.'’&-]*\s?){1,4}\)\s*$|"
    r"\s[A-Z][A-Z.&-]+(?:/[A-Z][A-Z.&-]+)+\s*$"  # "... from the air. EXAMPLE/PRESS"
)
# The newsroom's credits at the end of a story: "(Reporting by ...; Editing by ...)", "Jane Doe
# contributed to this report", "Write to Jane Doe at jdoe@example.com".
STAFF_CREDIT = re.compile(
    r"^\(?(?:reporting by|additional reporting|editing by|written by|compiled by|with reporting by)\b|"
    r"\bcontributed (?:reporting|to this (?:report|story|article))\b|"
    r"^(?:write to|email|e-mail|contact|reach)\b.{0,60}(?:@|\bat \S+\.\w|\bon (?:twitter|facebook|x)\b)|"
    r"^follow (?:\S+ ){0,3}on (?:twitter|facebook|instagram)\b|^have a tip\b",
    re.IGNORECASE,
)
# The writer's contact line at the foot of a story: an address or handle alone on its line
# ("jane.doe@example.com", "Twitter: @janedoe"), or "Jane Doe may be reached at jdoe@...".
AUTHOR_CONTACT = re.compile(
    r"^(?:(?:e-?mail|twitter|x|instagram|threads|bluesky|mastodon|contact)\s*:\s*)?"
    r"(?:@\w{2,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\.?$|"
    r"\b(?:may|can|could) be (?:reached|contacted|emailed)\b.{0,80}@",
    re.IGNORECASE,
)
# The writer's note at the foot of a story: "Jane Doe is a staff writer for Example News. Follow
# her on Twitter." A name, then what the writer is.
WRITER_BIO = re.compile(
    r"^[A-Z][\w'’.-]+ (?:[A-Z][\w'’.-]+ |(?:de|da|di|du|van|von|der|den|le|la|del|bin|al) ){0,3}"
    r"is (?:a|an|the|our)\b[^.!?]{0,80}?\b(?:reporter|writer|correspondent|"
    r"columnist|editor|contributor|journalist|blogger|critic)s?\b"
)
# The other notes closing a story: the writer's holdings ("Jane Doe owns shares of Example Corp.
# The site has a disclosure policy."), a series' note ("This story is part of a series ... For
# more, visit ..."), the call to follow the writer ("On Twitter: Follow Jane Doe ..."), the
# newsroom's credit ("Reporting was contributed by ...") and the print note ("A version of this
# article appears in print on ..."), the site's appeal for support ("Our journalism depends on
# donations from readers like you."), its call for contributors ("Would you like to be part of our team?").
CLOSING_NOTE = re.compile(
    r"\bhas (?:a|no) (?:disclosure policy|positions? in)\b|\bno positions? in (?:any )?(?:of )?the (?:stocks|"
    r"companies|securities)\b|^\[?(?:this|the) (?:story|article|report|post) is part of (?:a|an|our)\b|"
    r"^(?:on (?:twitter|x|facebook|instagram|threads|bluesky)\s*:\s*)follow\b|"
    r"^\(?(?:additional )?reporting was contributed by\b|^a version of this (?:article|story|review|column) appear|"
    r"\b(?:depends|relies) on (?:the )?(?:donations|support|generosity) (?:from|of) readers like you\b|"
    r"^would you like to (?:be part of|join|write for|contribute to) (?:our|the \w+) (?:team|community)\b",
    re.IGNORECASE,
)
# A note on the page about the story's versions, not part of it.
UPDATE_NOTE = re.compile(
    r"^(?:this|the) (?:story|article|post|report|piece) (?:has been|was|is being|will be) (?:updated|corrected)\b",
    re.IGNORECASE,
)
# The first words of a staff credit (all but "... contributed to this report" start the line).
STAFF_CREDIT_OPENERS = frozenset(
    ("reporting", "(reporting", "additional", "(additional", "editing", "(editing", "written", "(written",
     "compiled", "(compiled", "with", "(with", "write", "email", "e-mail", "contact", "reach", "follow", "have")
)  # fmt: skip
TEXT_CREDIT_TRIGGERS = frozenset(
    ("photo", "photos", "photograph", "image", "images", "picture", "pictures", "foto", "fotos", "credit",
     "getty", "shutterstock", "istock", "pic", "pics", "bild", "imagem", "imagen", "file", "ap", "courtesy",
     "domain", "screenshot", "screengrab")
)  # fmt: skip
# Substrings one of which an image credit in a long line contains: cheaper to test than the patterns.
TEXT_CREDIT_HINTS = ("photo", "imag", "pictur", "foto", "bild", "pic", "credit", "getty", "shutterstock", "istock",
                     "reuters", "afp", "/ap", "epa/", "courtesy", "domain", "screen")  # fmt: skip

# Calls to action: to share, subscribe, download the app, follow the site.
_CALLS = r"click here|sign up|subscribe|download (?:the|our) app|follow us|share this"
# A block is a prompt when the call opens it: "Readers can subscribe to ..." further in is text.
HTML_PROMPT = re.compile(
    rf"^(?:{_CALLS}|get (?:the|our) [\w ]{{0,30}}(?:app|newsletter)|download (?:the|our)|join us|like this story|"
    r"[^.!?:]{0,60}:\s*(?:download|subscribe to|sign up)\b|"
    r"if you (?:enjoyed|liked) this|want more|don'?t miss|tell us what you think|"
    r"let us know (?:what you think|in the comments))|"
    r"^follow\b.{0,80}(?:https?://|\bon (?:twitter|facebook|instagram|x|google news|linkedin|threads|bluesky|"
    r"youtube|tiktok|whatsapp|telegram)\b)|"
    r"\bclick(?:ing)? here\b|\bnewsletter\b.*\b(?:inbox|sign up|subscribe)\b|\bdelivered to your inbox\b|"
    r"\b(?:sign(?:ing)? up|subscrib(?:e|ing)|register(?:ing)?) (?:to|for) our (?:free )?(?:[\w-]+ ){0,3}newsletters?\b|"
    r"\b(?:in|to|from) (?:my|your) (?:bookmarks|saved (?:articles|stories)|reading list)\b",
    re.IGNORECASE,
)
# What a page says about itself inside the article column, in blocks of a few lines: affiliate
# disclosures, video players' fallback text, tip lines, a blog's row of counters.
HTML_DISCLOSURE = re.compile(
    r"\b(?:may|might|could|will) earn (?:us )?(?:an? )?(?:small )?(?:affiliate )?commission|"
    r"\bearn (?:an? )?affiliate commission|\bif you (?:buy|purchase) something (?:through|using|via) (?:our )?links?\b",
    re.IGNORECASE,
)
# The site speaks of itself in a disclosure: "we may earn", "Disclosure: Example may earn ... on this page"
# (matched lower-case); "the quarry's owners may earn a commission" is the story's.
SITE_SPEAKS = re.compile(r"\b(?:we|us|our|i|my|affiliate|disclosure)\b|\bthis (?:page|site|article|post)\b")
HTML_PLAYER = re.compile(
    r"\b(?:video|player|browser)\b.{0,40}\b(?:failed to load|(?:does not|doesn't|cannot|can't|can not) "
    r"(?:support|play|be played)|not supported|nicht abspielen|nicht unterstützt)|"
    r"^try refreshing your browser|^tap here to see other videos|^(?:do you have|have you got|got) an? (?:story|tip)\b",
    re.IGNORECASE,
)
# "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: ...": two or more of these labels in one short block.
HTML_META_LABEL = re.compile(
    r"(?:^|\|)\s*(?:views|hits|reads|aufrufe|zugriffe|added by|hinzugefügt von|posted by|posted in|category|"
    r"categories|kategorie|kategorien|tags|schlagwörter|rating|bewertung|comments|kommentare)\s*:",
    re.IGNORECASE,
)
# The text cleaner takes a call anywhere in a short line, and at the opening of a long one
# (text/features decides which); "don't miss" and the like are furniture lines there.
TEXT_PROMPT = re.compile(
    rf"\b(?:{_CALLS}|unsubscribe|newsletters?|app download|follow (?:her|him|me|them)|share on|read more|"
    r"more stories|no spam|join (?:our|the) (?:\w+ )?(?:community|forums?|conversation|discussion|mailing list))\b"
)
# The site's call closing a scraped page's article, below its last paragraph (the text cleaner
# judges only the article's last lines with it): "Get the latest news from example.com in your
# inbox.", "Check out more articles on Example!", "Add Example to your Google News feed.", "Stay
# informed with Example ...". The HTML cleaner drops these by their markup.
TEXT_FOOT_PROMPT = re.compile(
    r"^(?:get|check out|find|see|read) (?:more|the latest|all the latest|daily|breaking|up-to-the-minute)\b"
    r".{0,100}\b(?:news|updates|stories|articles|content|coverage|headlines)\b|"
    r"^(?:add|follow) .{1,40}\b(?:on|to your) google news\b|^stay informed with\b",
    re.IGNORECASE,
)
# Words that make a prompt of a label ("Comments", "Log in") but not of a sentence that uses
# them ("A spokesperson declined to comment.").
TEXT_WEAK_PROMPT = re.compile(r"\b(?:comments?|log ?in|sign in|register|associated press|reuters|afp)\b")
TEXT_PROMPT_TRIGGERS = frozenset(
    ("click", "sign", "subscribe", "unsubscribe", "newsletter", "newsletters", "download", "app", "follow",
     "share", "read", "more", "spam", "join", "comment", "comments", "log", "login", "register", "associated",
     "reuters", "afp")
)  # fmt: skip

# Between a headline and the site's name in a document title: "Headline | Site", "Headline -
# Site", "Headline » Section » Site", "Headline|Site". Not a colon: headlines have colons
# ("Brexit: what happens next | BBC"), so a colon only separates the parts of a title.
SITE_SEPARATOR = re.compile(r"\s+[|\-–—·•»]\s+|\s*\|\s*")
TITLE_SEPARATOR = re.compile(SITE_SEPARATOR.pattern + r"|\s+::?\s+")

# The word that opens a byline, in the languages the function-word lists cover best: "By Jane
# Doe", "By: Jane Doe", "Von Anna Schmidt", "Door Peter Jansen". Alone on a line ("By",
# "By:"), the name follows on the next.
BY_WORDS: frozenset[str] = frozenset(
    ("by", "von", "por", "par", "di", "door", "av", "af", "przez", "от", "written by", "reported by")
)
BY_ALTERNATION = "|".join(sorted(BY_WORDS, key=len, reverse=True))
BY = re.compile(rf"^(?:{BY_ALTERNATION})(?:\s*:\s*|\s+)(?=\S)", re.IGNORECASE)
# Lower-case words inside a person's name: "Ludwig van der Berg", "Maria da Silva", "bin Salman".
NAME_PARTICLES: frozenset[str] = frozenset(
    ("de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "ter", "ten", "la",
     "le", "bin", "ibn", "al", "el", "y", "e", "zu", "st.")
)  # fmt: skip
AUTHOR_LABEL = re.compile(
    r"\b(?:author|authors|editor|editors|reporter|reporters|writer|written by|text|autor|autora|autores|"
    r"redakteur|redacción|redação|rédaction|redazione|auteur|journalist|correspondent)\s*[:：]\s*",
    re.IGNORECASE,
)
TEXT_LABEL_TRIGGERS = frozenset(
    ("author", "authors", "editor", "editors", "reporter", "reporters", "writer", "by", "text", "autor",
     "autora", "autores", "redakteur", "redacción", "redação", "rédaction", "redazione", "auteur", "journalist",
     "correspondent", "source", "fonte", "quelle", "fuente")
)  # fmt: skip
SOURCE_LABEL = re.compile(r"\b(?:source|fonte|quelle|fuente|来源|出典)\s*[:：]\s*", re.IGNORECASE)
ANY_LABEL = re.compile(AUTHOR_LABEL.pattern + "|" + SOURCE_LABEL.pattern, re.IGNORECASE)
