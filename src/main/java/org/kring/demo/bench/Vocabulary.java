package org.kring.demo.bench;

import java.util.List;
import java.util.Map;

/**
 * The words generated knowledge is written with in one language: sentences are a subject,
 * a verb, an object and a closing phrase, titles an activity for a group in a place.
 * Everything is invented; the lists are long enough to give varied but realistic text.
 *
 * @param language the ISO 639 code
 * @param activities what a practice does, heading its title
 * @param groups whom it is for
 * @param in the word before a place
 * @param subjects who acts in a sentence
 * @param verbs what they do
 * @param objects with whom or what
 * @param closers where or how often
 * @param organisations kinds of organisation, before an invented name
 * @param documents kinds of publication, heading its title
 * @param about the word between a document kind and its topic
 * @param topics what a publication is about
 */
record Vocabulary(String language, List<String> activities, List<String> groups, String in, List<String> subjects,
		List<String> verbs, List<String> objects, List<String> closers, List<String> organisations,
		List<String> documents, String about, List<String> topics) {

	static final Map<String, Vocabulary> BY_LANGUAGE = Map.of("nl", dutch(), "en", english(), "fr", french(), "ar",
			arabic());

	private static Vocabulary dutch() {
		return new Vocabulary("nl",
				List.of("Taalcafé", "Buddyproject", "Huiswerkklas", "Werkplekleren", "Inloopspreekuur", "Fietsles",
						"Ouderontmoeting", "Woonbegeleiding", "Jobcoaching", "Gezondheidsvoorlichting",
						"Juridisch spreekuur", "Sportclub", "Naaiatelier", "Moestuin"),
				List.of("voor nieuwkomers", "voor vrouwen", "voor jongeren", "voor vluchtelingen", "voor asielzoekers",
						"voor gezinnen", "voor mensen zonder papieren"),
				"in",
				List.of("Vrijwilligers", "Buren", "Maatschappelijk werkers", "Leerkrachten", "Coaches", "Tolken",
						"Verpleegkundigen", "Werkgevers"),
				List.of("begeleiden", "ondersteunen", "ontmoeten", "trainen", "helpen", "bezoeken"),
				List.of("nieuwkomers bij het zoeken naar werk", "ouders bij de inschrijving op school",
						"jongeren die de opvang verlaten", "vrouwen die Nederlands leren",
						"asielzoekers bij de voorbereiding van hun gehoor", "gezinnen bij het vinden van een woning",
						"vluchtelingen bij hun eerste stappen in de gezondheidszorg"),
				List.of("elke week", "in de bibliotheek", "in het buurthuis", "twee keer per maand",
						"op zaterdagochtend", "met een tolk erbij", "tijdens de schoolvakanties"),
				List.of("Stichting", "Vereniging", "Netwerk", "Werkplaats"),
				List.of("Handleiding", "Rapport", "Richtlijn", "Opleiding", "Factsheet", "Toolkit", "Interview",
						"Essay"),
				"over", List.of("taalverwerving", "de arbeidsmarkt", "huisvesting", "gezondheidszorg", "onderwijs",
						"sociale bescherming", "gendergelijkheid", "participatie van nieuwkomers"));
	}

	private static Vocabulary english() {
		return new Vocabulary("en",
				List.of("Language café", "Buddy scheme", "Homework club", "Workplace learning", "Drop-in desk",
						"Cycling lessons", "Parents' breakfast", "Housing coaching", "Job coaching",
						"Health information sessions", "Legal advice hours", "Football club", "Sewing workshop",
						"Community garden"),
				List.of("for newcomers", "for women", "for young people", "for refugees", "for asylum seekers",
						"for families", "for undocumented people"),
				"in",
				List.of("Volunteers", "Neighbours", "Social workers", "Teachers", "Coaches", "Interpreters", "Nurses",
						"Employers"),
				List.of("guide", "support", "meet", "train", "help", "visit"),
				List.of("newcomers looking for work", "parents enrolling their children at school",
						"young people leaving reception centres", "women learning the language",
						"asylum seekers preparing their interview", "families finding a home",
						"refugees taking their first steps in health care"),
				List.of("every week", "in the public library", "in the community centre", "twice a month",
						"on Saturday mornings", "with an interpreter present", "during the school holidays"),
				List.of("Foundation", "Association", "Network", "Workshop"),
				List.of("Handbook", "Report", "Guideline", "Training curriculum", "Factsheet", "Toolkit", "Interview",
						"Essay"),
				"on", List.of("language learning", "the labour market", "housing", "health care", "education",
						"social protection", "gender equality", "participation of newcomers"));
	}

	private static Vocabulary french() {
		return new Vocabulary("fr",
				List.of("Café des langues", "Parrainage", "Soutien scolaire", "Apprentissage en entreprise",
						"Permanence sans rendez-vous", "Cours de vélo", "Petit-déjeuner des parents",
						"Accompagnement au logement", "Coaching emploi", "Information santé", "Permanence juridique",
						"Club de football", "Atelier couture", "Jardin partagé"),
				List.of("pour les primo-arrivants", "pour les femmes", "pour les jeunes", "pour les réfugiés",
						"pour les demandeurs d’asile", "pour les familles", "pour les personnes sans papiers"),
				"à",
				List.of("Des bénévoles", "Des voisins", "Des travailleurs sociaux", "Des enseignants", "Des coachs",
						"Des interprètes", "Des infirmières", "Des employeurs"),
				List.of("accompagnent", "soutiennent", "rencontrent", "forment", "aident", "visitent"),
				List.of("les primo-arrivants dans leur recherche d’emploi",
						"les parents lors de l’inscription à l’école", "les jeunes qui quittent l’accueil",
						"les femmes qui apprennent le français", "les demandeurs d’asile avant leur entretien",
						"les familles dans la recherche d’un logement",
						"les réfugiés dans leurs premiers pas vers les soins"),
				List.of("chaque semaine", "à la bibliothèque", "au centre de quartier", "deux fois par mois",
						"le samedi matin", "avec un interprète", "pendant les vacances scolaires"),
				List.of("Association", "Fondation", "Réseau", "Atelier"),
				List.of("Guide", "Rapport", "Recommandations", "Formation", "Fiche", "Boîte à outils", "Entretien",
						"Essai"),
				"sur",
				List.of("l’apprentissage de la langue", "le marché du travail", "le logement", "les soins de santé",
						"l’éducation", "la protection sociale", "l’égalité des genres",
						"la participation des nouveaux arrivants"));
	}

	private static Vocabulary arabic() {
		return new Vocabulary("ar",
				List.of("مقهى اللغة", "مشروع الرفيق", "دروس الدعم المدرسي", "التعلم في مكان العمل", "مكتب الاستقبال",
						"دروس ركوب الدراجة", "لقاء الأهالي", "مرافقة السكن", "التوجيه المهني", "التوعية الصحية",
						"الاستشارة القانونية", "نادي كرة القدم", "ورشة الخياطة", "الحديقة المشتركة"),
				List.of("للقادمين الجدد", "للنساء", "للشباب", "للاجئين", "لطالبي اللجوء", "للأسر",
						"للأشخاص بدون أوراق"),
				"في",
				List.of("المتطوعون", "الجيران", "الأخصائيون الاجتماعيون", "المعلمون", "المرشدون", "المترجمون",
						"الممرضات", "أصحاب العمل"),
				List.of("يرافقون", "يدعمون", "يلتقون", "يدربون", "يساعدون", "يزورون"),
				List.of("القادمين الجدد في البحث عن عمل", "الأهالي في تسجيل الأطفال في المدرسة",
						"الشباب الذين يغادرون مراكز الاستقبال", "النساء في تعلم اللغة",
						"طالبي اللجوء في التحضير للمقابلة", "الأسر في البحث عن سكن",
						"اللاجئين في خطواتهم الأولى في الرعاية الصحية"),
				List.of("كل أسبوع", "في المكتبة العامة", "في مركز الحي", "مرتين في الشهر", "صباح كل سبت", "بحضور مترجم",
						"خلال العطلة المدرسية"),
				List.of("جمعية", "مؤسسة", "شبكة", "ورشة"),
				List.of("دليل", "تقرير", "توجيهات", "منهج تدريبي", "ورقة معلومات", "مجموعة أدوات", "مقابلة", "مقال"),
				"حول", List.of("تعلم اللغة", "سوق العمل", "السكن", "الرعاية الصحية", "التعليم", "الحماية الاجتماعية",
						"المساواة بين الجنسين", "مشاركة القادمين الجدد"));
	}

}
