-- What each expertise field covers, and the qualifications experts may have (seed 000).
-- Examples of activities are kept one a line. Qualification tables start with
-- "expertise_" because a table's first word names the module that owns it.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

alter table expertise_field_name add column description varchar(1000);
alter table expertise_field_name add column examples varchar(2000);

update expertise_field_name set description = case language
        when 'en' then 'Protecting the rights of women refugees, asylum seekers and migrants in vulnerable situations.'
        when 'nl' then 'De rechten beschermen van vrouwelijke vluchtelingen, asielzoekers en migranten in een kwetsbare situatie.'
        when 'fr' then 'Protéger les droits des femmes réfugiées, demandeuses d’asile et migrantes en situation de vulnérabilité.'
        when 'ar' then 'حماية حقوق النساء اللاجئات وطالبات اللجوء والمهاجرات في أوضاع هشة.'
    end, examples = case language
        when 'en' then 'Raising awareness of European legal rights and helping marginalised people assert them
Examining the main issues women refugees, asylum seekers and vulnerable migrants face in a partner country
Campaigning for refugees’ rights and supporting them in practice in their local communities'
        when 'nl' then 'Bewustzijn van Europese wettelijke rechten vergroten en gemarginaliseerde mensen helpen die rechten te doen gelden
De belangrijkste vraagstukken onderzoeken waarmee vrouwelijke vluchtelingen, asielzoekers en kwetsbare migranten in een partnerland te maken krijgen
Campagne voeren voor de rechten van vluchtelingen en hen praktisch steunen in hun lokale gemeenschap'
        when 'fr' then 'Faire connaître les droits garantis par le droit européen et aider les personnes marginalisées à les faire valoir
Étudier les principales difficultés des femmes réfugiées, demandeuses d’asile et migrantes vulnérables dans un pays partenaire
Défendre les droits des réfugiés et les soutenir concrètement dans leur communauté locale'
        when 'ar' then 'التوعية بالحقوق القانونية الأوروبية ومساعدة الفئات المهمشة على المطالبة بها
دراسة أهم القضايا التي تواجهها اللاجئات وطالبات اللجوء والمهاجرات المستضعفات في أحد البلدان الشريكة
المناصرة من أجل حقوق اللاجئين ودعمهم عمليًا في مجتمعاتهم المحلية'
    end
    where field_code = 'social-protection';

update expertise_field_name set description = case language
        when 'en' then 'Migrants’ right of access to health care and therapeutic services, approached at European level.'
        when 'nl' then 'Het recht van migranten op toegang tot gezondheidszorg en therapeutische hulp, vanuit een Europese aanpak.'
        when 'fr' then 'Le droit des migrants d’accéder aux soins de santé et aux services thérapeutiques, dans une approche européenne.'
        when 'ar' then 'حق المهاجرين في الوصول إلى الرعاية الصحية والخدمات العلاجية، من منظور أوروبي.'
    end, examples = case language
        when 'en' then 'Practical and emotional help for vulnerable refugees and asylum seekers
Medical assessments, counselling, group therapy and ongoing support for women refugees and asylum seekers'
        when 'nl' then 'Praktische en emotionele hulp aan kwetsbare vluchtelingen en asielzoekers
Medische beoordeling, counseling, groepstherapie en blijvende steun voor vrouwelijke vluchtelingen en asielzoekers'
        when 'fr' then 'Aide pratique et soutien émotionnel aux réfugiés et demandeurs d’asile vulnérables
Bilans médicaux, accompagnement psychologique, thérapie de groupe et suivi des femmes réfugiées et demandeuses d’asile'
        when 'ar' then 'تقديم المساعدة العملية والدعم النفسي للاجئين وطالبي اللجوء المستضعفين
التقييم الطبي والإرشاد النفسي والعلاج الجماعي والدعم المستمر للاجئات وطالبات اللجوء'
    end
    where field_code = 'health-care';

update expertise_field_name set description = case language
        when 'en' then 'Helping migrants find and keep work.'
        when 'nl' then 'Migranten helpen werk te vinden en te houden.'
        when 'fr' then 'Aider les migrants à trouver et à garder un emploi.'
        when 'ar' then 'مساعدة المهاجرين على إيجاد عمل والحفاظ عليه.'
    end, examples = case language
        when 'en' then 'Information and guidance on employment, and help in finding a job
Courses and training that build skills and knowledge the labour market asks for'
        when 'nl' then 'Informatie en begeleiding over werk, en hulp bij het zoeken naar een baan
Cursussen en opleidingen die vaardigheden en kennis opbouwen waar de arbeidsmarkt om vraagt'
        when 'fr' then 'Information et orientation sur l’emploi, et aide à la recherche d’un travail
Cours et formations qui développent les compétences et connaissances recherchées sur le marché du travail'
        when 'ar' then 'تقديم المعلومات والتوجيه حول العمل والمساعدة في البحث عن وظيفة
دورات وتدريبات لتنمية المهارات والمعارف التي يحتاجها سوق العمل'
    end
    where field_code = 'labour-market';

update expertise_field_name set description = case language
        when 'en' then 'Diverse education and lifelong learning for the most vulnerable women migrants and refugees.'
        when 'nl' then 'Divers onderwijs en levenslang leren voor de meest kwetsbare vrouwelijke migranten en vluchtelingen.'
        when 'fr' then 'Une éducation diversifiée et la formation tout au long de la vie pour les femmes migrantes et réfugiées les plus vulnérables.'
        when 'ar' then 'تعليم متنوع وتعلم مدى الحياة للنساء المهاجرات واللاجئات الأكثر هشاشة.'
    end, examples = case language
        when 'en' then 'Courses and training for the most vulnerable women migrants and refugees
Access to education and life-skills programmes for refugees and vulnerable migrants'
        when 'nl' then 'Cursussen en opleidingen voor de meest kwetsbare vrouwelijke migranten en vluchtelingen
Toegang tot onderwijs en programma’s voor levensvaardigheden voor vluchtelingen en kwetsbare migranten'
        when 'fr' then 'Cours et formations pour les femmes migrantes et réfugiées les plus vulnérables
Accès à l’éducation et à des programmes de compétences de vie pour les réfugiés et les migrants vulnérables'
        when 'ar' then 'دورات وتدريبات للنساء المهاجرات واللاجئات الأكثر هشاشة
إتاحة التعليم وبرامج المهارات الحياتية للاجئين والمهاجرين المستضعفين'
    end
    where field_code = 'education';

update expertise_field_name set description = case language
        when 'en' then 'Access to a place to stay and to sources of income for asylum seekers, refugees and vulnerable women migrants.'
        when 'nl' then 'Toegang tot een verblijfplaats en bronnen van inkomen voor asielzoekers, vluchtelingen en kwetsbare vrouwelijke migranten.'
        when 'fr' then 'L’accès à un logement et à des sources de revenus pour les demandeurs d’asile, les réfugiés et les femmes migrantes vulnérables.'
        when 'ar' then 'الوصول إلى مكان للإقامة وإلى مصادر للدخل لطالبي اللجوء واللاجئين والنساء المهاجرات المستضعفات.'
    end, examples = case language
        when 'en' then 'Legal advice and representation for asylum seekers
Access to night shelters and day centres that offer food, clothing and shelter, language lessons, and legal and health advice'
        when 'nl' then 'Juridisch advies en vertegenwoordiging van asielzoekers
Toegang tot nachtopvang en dagcentra met voedsel, kleding en onderdak, taallessen en juridisch en medisch advies'
        when 'fr' then 'Conseil juridique et représentation des demandeurs d’asile
Accès aux centres d’hébergement de nuit et aux centres de jour qui offrent nourriture, vêtements et abri, cours de langue et conseils juridiques et de santé'
        when 'ar' then 'تقديم الاستشارة القانونية وتمثيل طالبي اللجوء
الوصول إلى مراكز الإيواء الليلي والمراكز النهارية التي توفر الطعام والملابس والمأوى ودروس اللغة والاستشارة القانونية والصحية'
    end
    where field_code = 'housing-income';

create table expertise_qualification (
    code       varchar(40) not null,
    position   int         not null,
    retired_at timestamp with time zone,
    constraint expertise_qualification_pk primary key (code)
);

create table expertise_qualification_name (
    qualification_code varchar(40)   not null,
    language           varchar(8)    not null,
    name               varchar(120)  not null,
    description        varchar(1000),
    constraint expertise_qualification_name_pk primary key (qualification_code, language),
    constraint expertise_qualification_name_fk foreign key (qualification_code) references expertise_qualification (code) on delete cascade
);

insert into expertise_qualification (code, position) values
    ('migration-expertise', 1),
    ('english', 2),
    ('government-partners', 3),
    ('eu-projects', 4),
    ('quality-assessment', 5);

insert into expertise_qualification_name (qualification_code, language, name, description) values
    ('migration-expertise', 'en', 'Migration-specific expertise', 'Practical or academic knowledge of migration.'),
    ('migration-expertise', 'nl', 'Migratiespecifieke deskundigheid', 'Praktische of academische kennis van migratie.'),
    ('migration-expertise', 'fr', 'Expertise propre à la migration', 'Connaissances pratiques ou universitaires de la migration.'),
    ('migration-expertise', 'ar', 'خبرة متخصصة في الهجرة', 'معرفة عملية أو أكاديمية بقضايا الهجرة.'),
    ('english', 'en', 'English', 'Works in English.'),
    ('english', 'nl', 'Engels', 'Werkt in het Engels.'),
    ('english', 'fr', 'Anglais', 'Travaille en anglais.'),
    ('english', 'ar', 'اللغة الإنجليزية', 'يعمل باللغة الإنجليزية.'),
    ('government-partners', 'en', 'Experience with government partners', 'Has worked with government partners.'),
    ('government-partners', 'nl', 'Ervaring met overheidspartners', 'Heeft met overheidspartners gewerkt.'),
    ('government-partners', 'fr', 'Expérience avec des partenaires publics', 'A travaillé avec des partenaires gouvernementaux.'),
    ('government-partners', 'ar', 'خبرة في العمل مع الشركاء الحكوميين', 'سبق له العمل مع شركاء حكوميين.'),
    ('eu-projects', 'en', 'Experience with EU projects', 'Has worked in projects funded by the European Union.'),
    ('eu-projects', 'nl', 'Ervaring met EU-projecten', 'Heeft gewerkt in projecten die de Europese Unie financiert.'),
    ('eu-projects', 'fr', 'Expérience des projets européens', 'A travaillé dans des projets financés par l’Union européenne.'),
    ('eu-projects', 'ar', 'خبرة في مشاريع الاتحاد الأوروبي', 'سبق له العمل في مشاريع يمولها الاتحاد الأوروبي.'),
    ('quality-assessment', 'en', 'Experience in assessing the quality of documents and methods', 'Gives an expert, independent assessment of the quality and value of documents, methods and ways of working with the target group.'),
    ('quality-assessment', 'nl', 'Ervaring met het beoordelen van de kwaliteit van documenten en methoden', 'Geeft een deskundige, onafhankelijke beoordeling van de kwaliteit en waarde van documenten, methoden en manieren van werken met de doelgroep.'),
    ('quality-assessment', 'fr', 'Expérience de l’évaluation de la qualité des documents et des méthodes', 'Évalue en expert indépendant la qualité et la valeur des documents, des méthodes et des façons de travailler avec le public cible.'),
    ('quality-assessment', 'ar', 'خبرة في تقييم جودة الوثائق والمناهج', 'يقدم تقييمًا خبيرًا ومستقلًا لجودة الوثائق والمناهج وطرق العمل مع الفئة المستهدفة وقيمتها.');
