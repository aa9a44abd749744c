namespace Integreat.Search.Querying;

/// <summary>
/// Words of this domain that mean the same to someone asking: each line is one group. Used at query time only,
/// so a change needs no reindex.
/// </summary>
internal static class Synonyms
{
    public static readonly IReadOnlyDictionary<string, string[][]> Groups = new Dictionary<string, string[][]>
    {
        ["de"] =
        [
            ["kita", "kindergarten", "kindertagesstätte", "kinderkrippe", "krippe", "kinderbetreuung"],
            ["ausländerbehörde", "ausländeramt", "ausländerstelle", "einwanderungsbehörde"],
            ["jobcenter", "arbeitsagentur", "arbeitsamt"],
            ["arzt", "ärztin", "doktor", "hausarzt"],
            ["krankenhaus", "klinik", "klinikum"],
            ["wohnung", "unterkunft", "wohnraum"],
            ["job", "arbeit", "arbeitsstelle", "beschäftigung"],
            ["deutschkurs", "sprachkurs", "integrationskurs"],
            ["geld", "finanzielle", "kosten"],
            ["schwanger", "schwangerschaft"],
            ["anmelden", "anmeldung", "registrieren", "registrierung"],
            ["flüchtling", "geflüchtete", "asylbewerber", "schutzsuchende"],
            ["bürgergeld", "sozialhilfe", "grundsicherung"],
        ],
        ["en"] =
        [
            ["daycare", "kindergarten", "nursery", "childcare", "kita"],
            ["immigration", "foreigners", "aliens"],
            ["doctor", "physician", "gp"],
            ["hospital", "clinic"],
            ["flat", "apartment", "housing", "accommodation"],
            ["job", "work", "employment"],
            ["refugee", "asylum"],
            ["register", "registration", "enrol", "enroll", "enrolment"],
            ["money", "financial", "funding"],
        ],
        ["fr"] =
        [
            ["crèche", "garderie", "jardin", "maternelle", "kita"],
            ["médecin", "docteur"],
            ["hôpital", "clinique"],
            ["logement", "appartement", "hébergement"],
            ["travail", "emploi", "job"],
            ["réfugié", "réfugiés", "asile"],
            ["inscription", "inscrire", "enregistrement"],
        ],
        ["uk"] =
        [
            ["дитсадок", "садок", "садочок", "дитячий"],
            ["лікар", "доктор"],
            ["лікарня", "клініка"],
            ["житло", "квартира", "помешкання"],
            ["робота", "працевлаштування", "зайнятість"],
            ["біженець", "біженці", "притулок"],
            ["реєстрація", "зареєструватися", "запис"],
        ],
        ["ar"] =
        [
            ["روضة", "حضانة", "الحضانة", "الروضة"],
            ["طبيب", "دكتور"],
            ["مستشفى", "عيادة"],
            ["سكن", "شقة", "مسكن"],
            ["عمل", "وظيفة", "شغل"],
            ["لاجئ", "لجوء", "اللاجئين"],
            ["تسجيل", "التسجيل"],
        ],
    };
}
