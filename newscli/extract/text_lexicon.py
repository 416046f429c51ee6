"""Word lists the plain-text cleaner uses: function words of many languages, page furniture.

Function words are what separates prose from menus in any language: a sentence needs
articles, prepositions and pronouns, a menu item or a headline list hardly ever has them.
One merged set is used for all languages, so nothing depends on guessing the language first;
the few short words that are content words in one language and function words in another
cost little, because prose scores far above the threshold anyway.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS_BY_LANGUAGE = {
    "en": "a an the of and or but to in on at by for from with without into onto over under about "
    "after before between through during against as than then that this these those there here "
    "is are was were be been being am has have had do does did will would shall should can could "
    "may might must not no nor so if when while because although though which who whom whose what "
    "where why how it its he him his she her they them their we us our you your i me my mine "
    "all any some each every more most such only also just very too up out off again further once "
    "said says",
    "de": "der die das den dem des ein eine einer eines einem einen und oder aber nicht auch noch "
    "ist sind war waren wird werden wurde wurden hat haben hatte sein mit von zu zum zur im in an "
    "am auf aus bei nach vor für über unter um durch gegen ohne sich es er sie wir ihr ich man "
    "dass daß wie wenn als so nur schon dann doch denn ob was wer wo",
    "fr": "le la les un une des du de et ou mais ne pas plus est sont était été être avoir a ont "
    "avait dans sur sous avec sans pour par en au aux ce cet cette ces qui que quoi dont où il ils "
    "elle elles nous vous on leur leurs son sa ses se lui y comme si aussi très",
    "es": "el la los las un una unos unas de del al y o pero no es son era fue ser estar está han "
    "ha había en con sin para por sobre entre que quien cual cuando donde como se su sus lo le les "
    "este esta estos estas ese esa también más muy ya",
    "it": "il lo la i gli le un una uno di del della dei degli delle e o ma non è sono era stato "
    "essere ha hanno aveva in con su per tra fra da dal dalla nel nella al alla che chi cui come "
    "si suo sua suoi anche più molto questo questa quello",
    "pt": "o a os as um uma uns umas de do da dos das e ou mas não é são era foi ser estar está "
    "tem têm havia em no na nos nas com sem para por pelo pela sobre entre que quem qual quando "
    "onde como se seu sua seus suas ele ela eles elas também mais muito já",
    "nl": "de het een en of maar niet is zijn was waren wordt werd heeft hebben had van in op aan "
    "met voor door bij uit naar over tot om dat die dit deze er hij zij ze wij we ik je u hun "
    "ook nog al dan als zo",
    "sv": "och att det som en ett är var har hade inte på av för med till den de om men sig han "
    "hon vi ni jag så också när från",
    "da": "og at det som en et er var har havde ikke på af for med til den de om men sig han hun "
    "vi jeg så også når fra",
    "no": "og å det som en et er var har hadde ikke på av for med til den de om men seg han hun vi jeg så også når fra",
    "pl": "i w na z że do nie się jest to jak po o przez od za dla tak oraz ale czy był była "
    "było są być jego jej ich który która które",
    "cs": "a v na se je že to s z do o jako ale by byl byla bylo jsou jeho její jejich který která které pro od po za",
    "ru": "и в во не что он она оно они на я с со как а то все так его ее её но да ты к у же вы "
    "за бы по только мне было вот от меня еще ещё нет о из ему когда даже ну ли если уже или быть "
    "был была были до вас для это этот эта эти который которые которая при также",
    "uk": "і й в у на з із що не як до за від це та але або його її їх був була були є для при",
    "tr": "ve bir bu da de için ile olarak çok daha gibi olan en ama ne ki mi değil kadar sonra",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena adalah "
    "oleh bahwa telah sudah atau",
    "ro": "și în de la cu pe din care este sunt a fost pentru că nu mai un o ca se",
    "hu": "a az és hogy nem is egy meg van volt de csak mint már még ez azt",
    "fi": "ja on ei se että hän oli ovat kun mutta myös tai jo niin sen",
}


def _phrases(text: str, separator: str | None = None) -> frozenset[str]:
    """A word list written as one string, split at separator (whitespace by default)."""
    return frozenset(phrase.strip() for phrase in text.split(separator) if phrase.strip())


FUNCTION_WORDS: frozenset[str] = frozenset().union(*map(_phrases, _FUNCTION_WORDS_BY_LANGUAGE.values()))

# Articles, prepositions and conjunctions: a sentence never ends with one, so a line that does
# was broken inside a sentence. (Pronouns are left out: "...contact us" may end a heading.)
DANGLING_WORDS: frozenset[str] = _phrases(
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

# Whole lines that are page furniture wherever they stand. Matched against the lower-cased
# line with punctuation and digits stripped, so "Share this:" and "SHARE (12)" both hit.
FURNITURE_LINES: frozenset[str] = _phrases(
    (
        "advertisement; advertisements; advertising; ad; sponsored; sponsored content; anzeige; werbung; "
        "publicidad; publicité; pubblicità; реклама; 广告; 広告; 광고; "
        "share; share this; share this article; share this story; share on facebook; share on twitter; tweet; "
        "email; e-mail; print; comments; comment; leave a comment; read more; more; read next; related; "
        "related news; related articles; related stories; related posts; related content; most popular; "
        "most read; popular; trending; trending now; top stories; top news; latest; latest news; more news; "
        "recommended; recommended for you; you may also like; you might also like; see also; also read; "
        "read also; more from; continue reading; continue reading the main story; show more; load more; "
        "see more; view more; back to top; top; skip to content; skip to main content; menu; close; search; "
        "home; sign in; log in; login; sign up; subscribe; register; newsletter; follow us; tags; tagged; "
        "topics; categories; filed under; previous; next; previous article; next article; "
        "leia também; leia mais; veja também; mais lidas; lesen sie auch; mehr zum thema; weitere artikel; "
        "lire aussi; à lire aussi; leer más; lee también; ver también; noticias relacionadas; leggi anche; "
        "potrebbe interessarti; читайте также; reply; responder; responda; antworten; répondre; rispondi; "
        "スポンサードリンク; シェア; ツイート; 分享; 打印; 공유; 인쇄; поделиться; "
        "ответить; report; like; likes; permalink; loading; loading comments"
    ),
    ";",
)

# Headings that open what follows an article: lists of other stories, comments, tags.
# Matched at the start of a short line, so "More from Sportsnet" and "Comments (12)" hit.
SECTION_HEADINGS: frozenset[str] = _phrases(
    (
        "related; more from; more news; more stories; more in; more on; more articles; most popular; most read; "
        "most viewed; most shared; popular; trending; recommended; you may also; you might also; you may like; "
        "you might like; read next; up next; top stories; latest news; latest stories; other news; around the web; "
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
SOURCE_LABEL = re.compile(r"\b(?:source|fonte|quelle|fuente|来源|出典)\s*[:：]\s*", re.IGNORECASE)
ANY_LABEL = re.compile(AUTHOR_LABEL.pattern + "|" + SOURCE_LABEL.pattern, re.IGNORECASE)
