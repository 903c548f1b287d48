#include "readers/common/prose_evidence.h"

#include <unicode/uchar.h>

#include <array>
#include <bit>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "readers/common/term_matcher.h"

namespace folio::readers {

namespace {

// The commonest function words of each language (articles, pronouns, prepositions,
// conjunctions, auxiliaries): frequent in any running text, rare in menus and link lists.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kStopWords{{
    {"en", "a about above after again against all also am an and any are as at be because been before being below "
           "between both but by can could did do does doing down during each few for from further had has have "
           "having he her here hers him his how i if in into is it its itself just me more most my no nor not now of "
           "off on once only or other our ours out over own same she should so some such than that the their theirs "
           "them then there these they this those through to too under until up very was we were what when where "
           "which while who whom why will with would you your yours said says"},
    {"de", "aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bist da damit "
           "dann das dass dem den denn der des dessen deshalb die dies diese diesem diesen dieser dieses doch dort du "
           "durch ein eine einem einen einer eines er es etwa etwas euch euer für gegen gewesen habe haben hat hatte "
           "hatten hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist ja jede jedem jeden jeder "
           "jedes jetzt kann kein keine können könnte man mehr mein meine mit muss musste nach nicht nichts noch nun "
           "nur ob oder ohne schon sehr sein seine seinem seinen seiner sich sie sind so soll sollte sondern sowie "
           "über um und uns unser unter vom von vor war waren warum was weil welche welchem welchen welcher wenn wer "
           "werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen"},
    {"fr", "à au aux avec ce ces cet cette comme dans de des du elle elles en est et été être eu il ils je la le les "
           "leur leurs lui ma mais me même mes moi mon ne nos notre nous on ont ou où par pas plus pour qu que qui sa "
           "sans se ses si son sont sur ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y a "
           "aussi avait avoir bien car ceux ci depuis donc dont encore entre fait faire ici ni peu peut puis quand "
           "quel quelle quelques sera seront selon sous tant lors alors ainsi après avant déjà"},
    {"es", "a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos "
           "en entre era es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron ha hace hacia "
           "han hasta hay la las le les lo los más me mi mientras muy nada ni no nos o otra otro para pero poco por "
           "porque que quien se sea ser si sido sin sobre su sus también tan te tiene tienen todo todos tras tu un una "
           "uno unos y ya yo además según sólo solo así cada"},
    {"it", "a ad al alla alle allo agli ai anche ancora avere aveva che chi ci come con contro cui da dal dalla dalle "
           "dei del della delle dello di dopo e è ed era erano essere fa fino fra gli ha hanno i il in io la le lei li "
           "lo loro lui ma mi molto ne nei nel nella nelle no noi non nostro o per perché più poi quale quando quella "
           "quelle quello questa queste questo se sei si sia siamo sono sta stato su sua sue sui sul sulla suo suoi "
           "tra tutti tutto un una uno vi"},
    {"pt", "a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este eu "
           "foi for foram há isso isto já lhe mais mas me mesmo meu minha muito na não nas nem no nos nós o os ou para "
           "pela pelas pelo pelos por qual quando que quem se sem ser seu seus sua suas são também te tem ter um uma "
           "uns você será sobre após"},
    {"nl", "aan al als bij dan dat de der deze die dit doch door dus een eens en er geen had heb hebben heeft het hier "
           "hij hoe hun iets ik in is ja je kan kon maar me meer men met mij mijn na naar niet niets nog nu of om "
           "omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd "
           "wie wij wordt worden zal ze zei zelf zich zij zijn zo zonder zou"},
    {"pl", "a aby ale bez by był była było były być czy dla do gdy gdzie go i ich ja jak jako je jego jej jest jeszcze "
           "jednak już ku lub ma mają może można mu na nad nas nie nich nim o od oraz po pod przed przez przy się są "
           "ta tak także tam te tego tej ten to tu tylko tym w we wiele więc z za ze że żeby który która które "
           "którzy został została"},
    {"ru", "а без был была были было быть в вам вас во вот все всё всех вы где да для до его ее её если есть еще ещё же "
           "за и из или им их к как ко когда который которые кто ли мы на над не него нет ни них но о об он она они "
           "оно от по под при про с со так также там то того только том тот у уже что чтобы это этого этой этот я "
           "будет года"},
    {"uk", "а але без був була були було бути в вже від він вона вони все всі де для до є його з за і із їх й як яка "
           "який які коли ми на не ні о по при про та так також те то тому у що щоб це цей ці я року"},
    {"sv", "och att det som en är av för med till den har på inte om ett de från kan ska var men han hon vi jag så "
           "eller när efter vid sig hade sin sitt sina också under mot över alla andra"},
    {"da", "og at det som en er af for med til den har på ikke om et de fra kan skal var men han hun vi jeg så eller "
           "når efter ved sig havde sin sit sine også under mod over alle andre"},
    {"cs", "a aby ale by byl byla bylo být do i jak jako je jeho jejich jen již k kde když která které který mají na "
           "nebo není o od po pod pro při s se si ta tak také to tom tu v ve z za že"},
    // Arabic and Persian: the standalone words, and the Arabic ones with the conjunction wa- that
    // is written joined to them. Persian writes ی and ک where Arabic writes ي and ك.
    {"ar", "في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين أن إن ان أنه أنها كان كانت يكون قد لا ما لم "
           "لن هو هي هم نحن أو ثم بين كل بعد قبل حتى عند إذا كما منذ خلال حول ضد غير أي أيضا فقط لكن بل هناك "
           "وفي ومن وعلى وهو وهي ولا وأن وقد"},
    {"fa", "و در به از که این آن را با است برای یک تا می هم نیز یا اما اگر بر شد شده بود باید هر همه خود ما او "
           "آنها چه چون پس کرد کند کنند دارد شود بین روی پیش بعد"},
}};

// word (lower case) → bit i set when kStopWords[i] lists it
static_assert(kStopWords.size() <= 16 && kStopWords.size() <= StopWordHits{}.by_language.size(), "one bit per language");
const std::unordered_map<std::string, std::uint16_t>& stop_word_bits() {
  static const auto kBits = [] {
    std::unordered_map<std::string, std::uint16_t> bits;
    for (std::size_t i = 0; i < kStopWords.size(); ++i) {
      std::string_view list = kStopWords[i].second;
      while (!list.empty()) {
        const auto sp = list.find(' ');
        bits[std::string(list.substr(0, sp))] |= static_cast<std::uint16_t>(1u << i);
        list.remove_prefix(sp == std::string_view::npos ? list.size() : sp + 1);
      }
    }
    return bits;
  }();
  return kBits;
}

// One hit for each language whose list has the word (its stop_word_bits).
void add_hits(StopWordHits& hits, std::uint16_t languages) {
  for (unsigned b = languages; b != 0; b &= b - 1) ++hits.by_language[static_cast<std::size_t>(std::countr_zero(b))];
}

int language_index(std::string_view language) {
  for (std::size_t i = 0; i < kStopWords.size(); ++i) {
    if (kStopWords[i].first == language) return static_cast<int>(i);
  }
  return -1;
}

// Calls `on_word(lower_case_word, first_code_point_was_upper)` for each word of `text`.
template <class F>
void for_each_word(std::string_view text, F&& on_word) {
  std::string word;
  bool upper = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    const auto u = static_cast<UChar32>(c);
    const bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(u) != 0;
    if (letter) {
      if (word.empty()) upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(u) || u_istitle(u));
      base::append_utf8(word, c < 0x80 ? (c | 0x20) : static_cast<char32_t>(u_tolower(u)));
      continue;
    }
    // An apostrophe between letters stays inside the word ("don't", "l'on" is two words in the lists).
    if ((c == '\'' || c == 0x2019) && !word.empty() && i < text.size()) {
      std::size_t j = i;
      const auto next = static_cast<UChar32>(base::next_code_point(text, j));
      if (u_isalpha(next)) {
        word += '\'';
        continue;
      }
    }
    if (!word.empty()) on_word(word, upper);
    word.clear();
  }
  if (!word.empty()) on_word(word, upper);
}

bool is_wide(char32_t c) {
  if (c < 0x1100) return false;
  const auto w = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

bool is_sentence_stop(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F; }

bool ends_like_sentence(char32_t c) {
  switch (c) {
    case ':': case ';': case '"': case '\'': case ')': case 0x201D: case 0x00BB: case 0x2019: case 0xFF09:
      return true;
    default:
      return is_sentence_stop(c);
  }
}

// The vocabulary of each kind of furniture, lower case. A term matches at the start of a word;
// a term ending in '$' must also end there ("share$" is not "shareholders").
struct KindTerms {
  BoilerplateKind kind;
  std::vector<std::string_view> terms;
};

const std::vector<KindTerms>& kind_terms() {
  static const std::vector<KindTerms> kTerms{
      {kCookieNotice, {"cookie", "datenschutz", "privacy", "confidentialité", "privacidad", "privacy policy",
                       "prywatnoś", "rgpd", "gdpr", "dsgvo", "consent", "einwilligung", "tracking"}},
      {kSharing, {"share$", "teilen$", "teile$", "partager", "partagez", "compartir", "comparte", "condividi",
                  "udostępnij", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "instagram", "youtube",
                  "telegram", "xing$", "e-mail$", "email$", "drucken$", "print$", "imprimir$", "imprimer$", "tweet",
                  "mastodon", "flipboard", "reddit"}},
      {kAccount, {"login", "log in", "logout", "log out", "sign in", "sign up", "anmelden", "abmelden", "einloggen",
                  "registrier", "regístrate", "registrarte", "registrieren", "inscri", "connexion", "s'identifier",
                  "zaloguj", "mein konto", "my account", "mi cuenta", "mon compte", "passwort", "password",
                  "mot de passe", "contraseña", "benutzername", "username"}},
      {kSubscription, {"newsletter", "subscri", "abonn", "suscr", "abbona", "prenumer", "rss$", "podcast"}},
      {kLegal, {"©", "(c) ", "copyright", "impressum", "imprint", "mentions légales", "aviso legal",
                "rights reserved", "alle rechte", "droits réservés", "derechos reservados", "diritti riservati",
                "wszelkie prawa", "agb$", "terms of use", "terms of service", "terms and conditions",
                "nutzungsbedingungen", "conditions générales", "condiciones de uso", "disclaimer",
                "haftungsausschluss", "kontakt$", "contact us", "nous contacter", "contáctanos", "barrierefreiheit",
                "accessibility statement", "mediadaten", "jobs$", "karriere$"}},
      {kComments, {"comment", "kommentar", "commentaire", "comentario", "commento", "komentarz", "reply$",
                   "antworten$", "antwort$", "répondre", "responder$", "rispondi", "odpowiedz", "says:", "sagt:",
                   "schreibt:", "a écrit", "escribió", "leserbrief", "leave a reply", "diskussion"}},
      {kRelated, {"related", "read more", "read also", "more from", "you may also", "also like", "recommended",
                  "weiterlesen", "mehr zum thema", "mehr lesen", "mehr erfahren", "weitere artikel", "weitere beiträge",
                  "weitere nachrichten", "ähnliche", "auch interessant", "könnte sie auch", "lire aussi", "lire la suite",
                  "voir aussi", "sur le même sujet", "lee también", "leer más", "vea también", "te puede interesar",
                  "leggi anche", "leggi tutto", "czytaj także", "czytaj też", "czytaj również", "czytaj więcej",
                  "zobacz także", "zobacz też", "most read", "meistgelesen", "most popular", "beliebt",
                  "lo más visto", "les plus lus", "más leídas", "trending", "top stories", "latest news", "neueste",
                  "neuste", "últimas noticias", "dernières", "previous post", "next post", "vorheriger",
                  "nächster beitrag", "das könnte", "empfehlungen", "zum artikel", "alle artikel", "mehr aus",
                  "leia também", "veja também", "leia mais", "saiba mais", "mais lidas", "últimas notícias",
                  "noticias relacionadas", "artículos relacionados", "notícias relacionadas", "artigos relacionados",
                  "articles liés", "articoli correlati", "powiązane artykuły", "otras noticias", "más noticias",
                  "outras notícias", "mais notícias", "altre notizie", "autres articles", "inne artykuły"}},
      {kNavigation, {"home$", "startseite", "accueil", "inicio$", "menu$", "menü", "navigation", "search", "suche$",
                     "suchen$", "rechercher", "recherche$", "buscar$", "szukaj", "skip to", "springe", "zum inhalt",
                     "zur navigation", "aller au contenu", "ir al contenido", "back to top", "nach oben", "sitemap",
                     "faq$", "tags:", "tags$", "schlagwörter", "schlagworte", "stichwörter", "kategorie", "categories",
                     "category", "catégorie", "categoría", "rubrik", "sie sind hier", "you are here",
                     "vous êtes ici", "zurück$", "weiter$", "next$", "previous$", "suivant", "précédent",
                     "siguiente", "anterior$", "übersicht", "overview", "archiv", "mehr$", "more$", "alle$"}},
      {kCredit, {"foto", "photo", "bild:", "bilder:", "bildquelle", "image:", "images:", "quelle:", "source:",
                 "credit", "istock", "getty", "unsplash", "shutterstock", "pixabay", "dpa$", "afp$", "reuters",
                 "imago$", "fotolia", "adobe stock", "picture alliance", "picture-alliance", "keystone",
                 "beitragsbild", "titelbild", "symbolbild", "grafik:", "illustration:", "archivo$", "archiv:"}},
      {kAdvert, {"anzeige", "advert", "werbung", "publicité", "publicidad", "pubblicità", "reklama", "sponsor",
                 "promoted", "partnerinhalt", "paid content"}},
  };
  return kTerms;
}

std::string lower_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    } else {
      base::append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    }
  }
  return out;
}

// Every kind's terms in one matcher, built once.
const TermMatcher& kind_matcher() {
  static const TermMatcher kMatcher = [] {
    std::vector<MatchTerm> terms;
    for (const auto& k : kind_terms()) {
      for (std::string_view term : k.terms) terms.push_back({term, k.kind});
    }
    return TermMatcher(terms);
  }();
  return kMatcher;
}

}  // namespace

StopWordHits& StopWordHits::operator+=(const StopWordHits& other) {
  for (std::size_t i = 0; i < by_language.size(); ++i) by_language[i] += other.by_language[i];
  return *this;
}

StopWordHits stop_word_hits(std::string_view text) {
  StopWordHits hits;
  const auto& bits = stop_word_bits();
  for_each_word(text, [&](const std::string& w, bool) {
    const auto it = bits.find(w);
    if (it == bits.end()) return;
    add_hits(hits, it->second);
  });
  return hits;
}

std::string_view most_hit_language(const StopWordHits& hits) {
  const auto& h = hits.by_language;
  std::size_t best = 0;
  for (std::size_t i = 1; i < kStopWords.size(); ++i) {
    if (h[i] > h[best]) best = i;
  }
  return h[best] > 0 ? kStopWords[best].first : std::string_view{};
}

std::string_view stop_word_language(std::string_view text) { return most_hit_language(stop_word_hits(text)); }

namespace {

// Measures `text`, its stop words counted against the language of index `lang` (-1: none) and,
// when `hits` is given, against every language into it.
ProseEvidence measure(std::string_view text, int lang, StopWordHits* hits) {
  ProseEvidence e;
  const auto& bits = stop_word_bits();
  bool first = true;
  for_each_word(text, [&](const std::string& w, bool upper) {
    ++e.words;
    if (!first && upper) ++e.capitalised;
    first = false;
    if (lang < 0 && hits == nullptr) return;
    const auto it = bits.find(w);
    if (it == bits.end()) return;
    if (lang >= 0 && ((it->second >> lang) & 1)) ++e.stop_words;
    if (hits) add_hits(*hits, it->second);
  });
  char32_t last = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    ++e.chars;
    if (c >= '0' && c <= '9') ++e.digits;
    if (c == ',' || c == ';' || c == 0xFF0C || c == 0x3001) ++e.commas;
    if (is_wide(c)) ++e.wide;
    if (is_sentence_stop(c) && (c >= 0x3000 || i == text.size() || text[i] == ' ')) ++e.sentence_stops;
    if (c != ' ') last = c;
  }
  e.ends_sentence = ends_like_sentence(last);
  e.kinds = boilerplate_kinds(text);
  return e;
}

}  // namespace

ProseEvidence measure_prose(std::string_view text, std::string_view language) {
  return measure(text, language_index(language), nullptr);
}

ProseEvidence measure_prose_in_own_language(std::string_view text) {
  StopWordHits hits;
  ProseEvidence e = measure(text, -1, &hits);
  e.stop_words = stop_words_in(hits, most_hit_language(hits));
  return e;
}

ProseEvidence measure_prose(std::string_view text, StopWordHits& hits) { return measure(text, -1, &hits); }

int stop_words_in(const StopWordHits& hits, std::string_view language) {
  const int lang = language_index(language);
  return lang >= 0 ? hits.by_language[static_cast<std::size_t>(lang)] : 0;
}

std::uint16_t boilerplate_kinds(std::string_view text) {
  return static_cast<std::uint16_t>(kind_matcher().tags(lower_text(text)));
}

}  // namespace folio::readers
