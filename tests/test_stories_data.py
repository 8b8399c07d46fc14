"""Short invented articles shared by the stories/provenance tests (written for them; no tests here)."""

from __future__ import annotations

from recoupe.model import Document

ORIGINAL = """Un pont routier s'est effondré mardi soir à Valbrune-sur-Orne, après trois jours de pluies torrentielles. Aucune victime n'est à déplorer, selon la préfecture du Calvados.

Vers 21 h 30, une partie du tablier long de 45 mètres a cédé sous la pression de la crue. Une voiture qui s'apprêtait à traverser a freiné à temps, ont raconté des témoins.

« Nous avons eu énormément de chance », a déclaré le maire, Hervé Lambotte, qui demande une inspection de tous les ouvrages de la commune.

Le pont, construit en 1962, avait été inspecté il y a quatre ans. La route départementale 17 restera fermée pendant au moins six mois et une déviation de 12 kilomètres est mise en place.

Les services de l'État estiment le coût de la reconstruction à 3,5 millions d'euros."""

COPY = """Accueil > Actualités > Faits divers
Un pont routier s'est effondré mardi soir à Valbrune-sur-Orne, après trois jours de pluies torrentielles. Aucune victime n'est à déplorer, selon la préfecture du Calvados.

Vers 21 h 30, une partie du tablier long de 45 mètres a cédé sous la pression de la crue. Une voiture qui s'apprêtait à traverser a freiné à temps, ont raconté des témoins.

« Nous avons eu énormément de chance », a déclaré le maire, Hervé Lambotte, qui demande une inspection de tous les ouvrages de la commune.

Le pont, construit en 1962, avait été inspecté il y a quatre ans. La route départementale 17 restera fermée pendant au moins six mois et une déviation de 12 kilomètres est mise en place.

Les services de l'État estiment le coût de la reconstruction à 3,5 millions d'euros.
Partager sur Facebook - Abonnez-vous à notre newsletter"""

PARTIAL = """Les automobilistes de l'Orne devront s'armer de patience cet hiver. Dans notre région, les habitants de Valbrune s'inquiètent déjà pour leurs trajets quotidiens vers Caen.

Un pont routier s'est effondré mardi soir à Valbrune-sur-Orne, après trois jours de pluies torrentielles. Aucune victime n'est à déplorer, selon la préfecture du Calvados.

Vers 21 h 30, une partie du tablier long de 45 mètres a cédé sous la pression de la crue. Une voiture qui s'apprêtait à traverser a freiné à temps, ont raconté des témoins.

Chez les commerçants du centre-bourg, on redoute une baisse de fréquentation. La boulangère, installée depuis vingt ans, dit avoir perdu la moitié de ses clients du matin lors des précédents travaux."""

REWRITE = """À Valbrune-sur-Orne, un pont de la route s'est écroulé mardi en soirée, à la suite de trois journées de pluies diluviennes. La préfecture du Calvados indique qu'il n'y a eu aucune victime.

Aux alentours de 21 h 30, la crue a fait céder un morceau du tablier, qui mesure 45 mètres. D'après des témoins, un automobiliste sur le point de s'engager a réussi à s'arrêter à temps.

Le maire Hervé Lambotte s'est dit « extrêmement chanceux » et réclame que tous les ouvrages de la commune soient inspectés.

Bâti en 1962, ce pont avait fait l'objet d'une inspection il y a quatre ans. La départementale 17 sera fermée durant six mois au minimum et une déviation de 12 kilomètres a été organisée.

Selon les services de l'État, reconstruire l'ouvrage coûtera 3,5 millions d'euros."""

TRANSLATION = """A road bridge collapsed on Tuesday evening in Valbrune-sur-Orne after three days of torrential rain. No one was hurt, according to the Calvados prefecture.

At around 9:30 pm, part of the 45-metre deck gave way under the pressure of the flood. A car that was about to cross braked in time, witnesses said.

"We were extremely lucky," said the mayor, Hervé Lambotte, who is calling for an inspection of all the structures in the town.

The bridge, built in 1962, had been inspected four years ago. Departmental road 17 will remain closed for at least six months and a 12-kilometre diversion has been set up.

State services estimate the cost of rebuilding at 3.5 million euros."""

INDEPENDENT = """La commune de Valbrune-sur-Orne se réveille sous le choc. Le pont de la départementale, emporté mardi soir par l'Orne en crue, laisse un vide béant au milieu du village.

Aucune victime n'est à déplorer, selon la préfecture du Calvados.

Sur place mercredi matin, les pompiers ont sécurisé les berges avec des barrières. Selon un technicien du département, les piles de l'ouvrage présentaient des fissures depuis plusieurs mois, un point que la mairie conteste.

« Nous avons eu énormément de chance », a déclaré le maire, Hervé Lambotte.

Des riverains affirment avoir signalé des vibrations anormales dès l'été dernier. Une réunion publique est prévue vendredi à la salle des fêtes pour présenter les solutions de transport provisoires, dont une navette de bus vers la gare de Caen."""

STRIKE_A = """Les conducteurs de trains régionaux de Normandie sont en grève depuis lundi pour réclamer une hausse des primes de nuit. Le syndicat Sud-Rail annonce que 70 % des TER sont supprimés entre Rouen et Le Havre. La direction régionale propose une prime de 80 euros, jugée insuffisante par les grévistes."""

STRIKE_B = """Les contrôleurs du métro de Lyon ont cessé le travail jeudi après l'agression d'un agent à la station Bellecour. La CGT des transports lyonnais exige le recrutement de 40 agents de sécurité supplémentaires. Le réseau TCL ne fait circuler qu'une rame sur deux sur les lignes A et D."""

STRIKE_A_EN = """Regional train drivers in Normandy have been on strike since Monday to demand higher night-shift bonuses. The Sud-Rail union says 70% of regional trains between Rouen and Le Havre are cancelled. Regional management has offered an 80-euro bonus, which the strikers consider insufficient."""


def doc(doc_id: str, text: str, language: str = "fr", published: str | None = None, site: str | None = None) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, language=language, published=published, site=site)

INDEPENDENT_EN = """Residents of Valbrune-sur-Orne woke up on Wednesday to find their village cut in two. The bridge on the departmental road, swept away by the swollen Orne on Tuesday night, had been the only crossing for miles.

Firefighters spent the morning fencing off the riverbanks. A technician from the department said cracks had been visible on the piers for months, a claim the town hall disputes.

"We were extremely lucky," said the mayor, Hervé Lambotte.

Several residents said they had reported unusual vibrations last summer. A public meeting is planned for Friday in the village hall to discuss temporary transport, including a shuttle bus to Caen station."""

PAYWALLED = """Un pont routier s'est effondré mardi soir à Valbrune-sur-Orne, après trois jours de pluies torrentielles. Aucune victime n'est à déplorer, selon la préfecture du Calvados.

Vers 21 h 30, une partie du tablier long de 45 mètres a cédé sous la pression de la crue. Une voiture qui s'apprêtait à traverser…"""
