"""Derive models/notable_people.jsonl: people whom news briefs name, by their English Wikipedia
article titles, with the plain (accent-folded) spelling wire copy writes, the surname copy
writes alone, their field (a sport, or politics) and their active years (session 40, people40,
issue 13 names).

Which people: leading sportspeople of 1990-1999 and of 2019-2026 (tennis, golf, cycling,
athletics, Formula One and motorcycle racing, alpine skiing, football, cricket, rugby union,
chess, boxing) and heads of state and government, ministers of finance and foreign affairs and
central bank governors of 1996 and of 2024-2026, above all those whose titles carry letters
English copy drops ("Goran Ivanišević", "José María Olazábal", "Tadej Pogačar"); since
people40b also baseball, ice hockey and basketball players, monarchs and popes, and business
leaders, and the short forms copy writes of names whose titles add words ("King Charles").

Sources.
- Titles: English Wikipedia's article titles (text CC BY-SA 4.0), written by hand in this
  script from the author's knowledge of them; this workplace has no network, so none was read
  off a page at build time. A person whose title the author was unsure of (a disambiguated
  title, a changed married name) was left out, and so was a person English Wikipedia titles by
  one name ("Ronaldo", "Rivaldo").
- Active years: the span of a career at the top level (a sport) or in national office
  (politics), by era where the author knew no exact years: wide enough to hold the years a
  document names them in, narrow enough to keep a player's namesake of another era apart
  ("Schumacher" in Formula One copy of 1996 is Michael: Ralf drove from 1997).
- No pip-installable package ships these titles offline: PyPI's Wikidata packages
  (``acdh-wikidata-pyutils``, ``acdh-id-reconciler``) query the service at run time, and the
  sports packages are API clients or scrapers without a people table (session 40).

Rows: ``{"name": "Goran Ivanišević", "plain": "Goran Ivanisevic", "surname": "Ivanisevic",
"field": "tennis", "from": 1988, "to": 2004}``; ``plain`` and ``surname`` are folded
(``names.fold_letters``) and ``surname`` is the last word of the name unless the block writes
it (``Arantxa Sánchez Vicario#Sanchez Vicario``); ``also`` lists other plain spellings copy
writes (German umlauts as "ue", "oe", "ae": "Alex Zuelle"). A person written in two blocks
(two eras) is one row over both spans. Session 40 (people40b): "=Form" after a name adds a short
form copy writes beside the person's role (``short``: "Charles III#=King Charles", "Pope Leo
XIV#=Pope Leo"), read only where the sentence names the role; "~Form" another spelling of the
whole name (``also``: "Mohamed Salah~Mohammed Salah"); fields ``royalty`` and ``business``
with their role words (``FIELD_WORDS``); ``baseball``, ``ice hockey``, ``basketball``; a
sport's ``weak`` words count only where copy names no other sport (its ``names``). Office words (``{"office": [...]}``): the words of a
sentence that name a politician's office. Session 41 (people41): ``BLOCKS_41`` (more people, by
hand, none from an eval file); a title's disambiguation in brackets is no part of the plain
spelling ("Mark James (golfer)": plain "Mark James"); other plain spellings are built for the
Danish and Norwegian "ø"/"å" ("oe"/"aa"), the Serbo-Croatian "đ" ("dj") and the Turkish "ş"
("sh"), as for the German umlauts; sports ``squash``, ``rallying``, ``snooker`` and ``horse
racing``; office words for heads of international bodies. Session 46 (people46): ``BLOCKS_46``
(1996-97 footballers and managers of the Czech, Slovak, Polish, Hungarian, Romanian, Balkan,
Turkish and Iberian leagues, their 2024-2025 national sides, skiers, golfers, snooker players,
and 1996 politicians of Central and Eastern Europe, Turkey, Iberia, Iceland, the European
Commission, Britain and Ireland, South-East Asia). Run:
``.venv/bin/python scripts/derive_notable_people.py``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefx.normalize.names import fold_letters

# Each block: "field from-to" on its first line, then names separated by ";". A name may carry
# "@from-to" (its own years) and "#Surname" (the surname copy writes alone, when not the last
# word; "#" alone: the name has no surname copy writes alone).
BLOCKS = """
tennis 1988-2000
Pete Sampras; Andre Agassi; Boris Becker@1984-1999; Stefan Edberg@1983-1996; Michael Chang;
Jim Courier; Goran Ivanišević@1988-2004; Thomas Muster@1985-1999; Yevgeny Kafelnikov@1992-2003;
Richard Krajicek@1989-2003; Marcelo Ríos@1994-2004; Carlos Moyá@1995-2010; Àlex Corretja@1991-2005;
Albert Costa@1993-2006; Sergi Bruguera@1988-2002; Félix Mantilla@1993-2003;
Alberto Berasategui@1991-2001; Thomas Enqvist@1991-2005; Magnus Larsson; Magnus Gustafsson;
Jonas Björkman@1991-2008; Petr Korda@1987-1999; Wayne Ferreira@1989-2005; MaliVai Washington;
Todd Martin@1990-2004; Greg Rusedski@1991-2007; Tim Henman@1993-2007; Cédric Pioline@1989-2002;
Marc Rosset@1988-2005; Jakob Hlasek; Gustavo Kuerten@1995-2008; Patrick Rafter@1991-2002;
Mark Philippoussis@1994-2006; Todd Woodbridge@1988-2005; Mark Woodforde; Arnaud Boetsch;
Guy Forget; Henri Leconte; Michael Stich; Nicolas Kiefer@1995-2010; Bohdan Ulihrach;
Jan Siemerink; Paul Haarhuis; Jacco Eltingh; Andrei Medvedev; Andrei Chesnokov;
Andrei Olhovskiy; Nicolás Lapentti@1995-2008; Andrés Gómez; Hernán Gumy; Francisco Clavet;
Fernando Meligeni; Karol Kučera@1992-2005; Ján Krošlák; Daniel Vacek; Martin Damm; Cyril Suk;
Younes El Aynaoui@1990-2010; Hicham Arazi@1993-2007; Thomas Johansson@1994-2009;
Nicklas Kulti; Renzo Furlan; Andrea Gaudenzi; Filip Dewulf; Gilbert Schaller; Jeff Tarango;
Byron Black; Alex O'Brien; Vince Spadea@1993-2010; Leander Paes@1991-2020;
Mahesh Bhupathi@1995-2016; Fabrice Santoro@1989-2010; Guillaume Raoux; Jason Stoltenberg;
Steffi Graf@1982-1999; Monica Seles@1988-2003; Arantxa Sánchez Vicario#Sánchez Vicario@1985-2002;
Conchita Martínez@1988-2006; Martina Hingis@1994-2007; Jana Novotná@1986-1999;
Lindsay Davenport@1993-2008; Mary Pierce@1989-2006; Iva Majoli@1991-2004; Anke Huber@1989-2001;
Gabriela Sabatini@1985-1996; Mary Joe Fernández@1986-2000; Gigi Fernández; Natasha Zvereva;
Amanda Coetzer@1988-2004; Irina Spîrlea; Magdalena Maleeva@1989-2005; Barbara Paulus;
Judith Wiesner; Chanda Rubin; Venus Williams@1994-2026; Serena Williams@1995-2022;
Anna Kournikova@1995-2003; Sandrine Testud; Nathalie Tauziat@1984-2003;
Amélie Mauresmo@1993-2009; Sabine Appelmans; Helena Suková@1981-1998; Ruxandra Dragomir;
Patty Schnyder@1994-2011; Barbara Schett@1992-2005; Elena Likhovtseva@1992-2008;
Nathalie Dechy@1995-2009; Ai Sugiyama@1992-2009; Naoko Sawamatsu; Yayuk Basuki;
Inés Gorrochategui; Virginia Ruano Pascual#Ruano Pascual@1992-2010; Lisa Raymond@1993-2015;
Martina Navratilova@1975-2006; Rennae Stubbs@1992-2011; Dominique Van Roost; Kimberly Po;
Florencia Labat; Meredith McGrath; Nicole Arendt; Karina Habšudová; Sandra Kleinová

tennis 2019-2026
Novak Djokovic@2003-2026; Rafael Nadal@2001-2024; Roger Federer@1998-2022; Carlos Alcaraz@2018-2026;
Jannik Sinner@2018-2026; Daniil Medvedev@2014-2026; Alexander Zverev@2013-2026;
Stefanos Tsitsipas@2016-2026; Casper Ruud; Holger Rune; Taylor Fritz; Andrey Rublev;
Hubert Hurkacz; Grigor Dimitrov@2008-2026; Alex de Minaur#De Minaur; Tommy Paul; Ben Shelton;
Frances Tiafoe; Jack Draper; Lorenzo Musetti; Félix Auger-Aliassime; Denis Shapovalov;
Karen Khachanov; Ugo Humbert; Arthur Fils; Jakub Menšík; Tomáš Macháč; Jiří Lehečka;
João Fonseca@2023-2026; Francisco Cerúndolo; Sebastián Báez;
Alejandro Davidovich Fokina#Davidovich Fokina; Nicolás Jarry; Stan Wawrinka@2003-2026;
Andy Murray@2005-2024; Dominic Thiem@2011-2024; Matteo Berrettini; Diego Schwartzman;
Roberto Bautista Agut#Bautista Agut@2007-2026; Pablo Carreño Busta#Carreño Busta@2009-2026;
Marin Čilić@2005-2026; Borna Ćorić; Flavio Cobolli; Alexander Bublik; Sebastian Korda;
Learner Tien@2023-2026; Arthur Rinderknech; Alexei Popyrin; Tallon Griekspoor; Jordan Thompson;
Iga Świątek@2016-2026; Aryna Sabalenka@2015-2026; Coco Gauff@2018-2026; Elena Rybakina;
Jessica Pegula; Ons Jabeur; Jasmine Paolini; Barbora Krejčíková; Markéta Vondroušová;
Karolína Plíšková@2010-2026; Karolína Muchová; Petra Kvitová@2006-2025; Naomi Osaka@2013-2026;
Emma Raducanu@2021-2026; Madison Keys@2009-2026; Mirra Andreeva@2022-2026; Daria Kasatkina;
Maria Sakkari; Belinda Bencic; Jeļena Ostapenko; Elina Svitolina@2010-2026;
Victoria Azarenka@2005-2026; Garbiñe Muguruza@2012-2023; Simona Halep@2008-2025;
Caroline Wozniacki@2005-2026; Beatriz Haddad Maia#Haddad Maia; Amanda Anisimova; Emma Navarro;
Danielle Collins; Paula Badosa; Linda Nosková; Kateřina Siniaková; Anastasia Pavlyuchenkova;
Leylah Fernandez; Donna Vekić; Ekaterina Alexandrova; Liudmila Samsonova; Diana Shnaider;
Clara Tauson; Marta Kostyuk; Veronika Kudermetova; Sorana Cîrstea; Anett Kontaveit@2010-2023;
Angelique Kerber@2003-2024; Ashleigh Barty@2010-2022; Victoria Mboko@2024-2026

golf 1985-2002
Seve Ballesteros@1974-2007; José María Olazábal@1985-2015; Bernhard Langer@1976-2026;
Colin Montgomerie@1987-2026; Nick Faldo@1976-2015; Ian Woosnam@1976-2015; Sam Torrance;
Costantino Rocca; Miguel Ángel Jiménez@1988-2026; Ignacio Garrido; Per-Ulrik Johansson;
Jesper Parnevik; Darren Clarke@1990-2020; Lee Westwood@1993-2026; Ernie Els@1989-2026;
Retief Goosen@1992-2020; Nick Price@1977-2010; Greg Norman@1976-2009; Fred Couples@1980-2026;
Davis Love III#Love@1985-2026; Tom Lehman; Phil Mickelson@1992-2026; Tiger Woods@1996-2026;
Corey Pavin; Mark O'Meara; Justin Leonard; Payne Stewart@1981-1999; Vijay Singh@1988-2026;
Frank Nobilo; Steve Elkington; Fuzzy Zoeller; Masashi Ozaki; Eduardo Romero; Mark McNulty;
Paul McGinley; Pádraig Harrington@1995-2026; Thomas Bjørn@1993-2020; Andrew Coltart;
Robert Karlsson; Jarmo Sandelin; Alex Čejka; Sven Strüver; Michael Campbell; Stephen Ames;
Jim Furyk@1994-2026; Ben Crenshaw; Tom Watson@1971-2016; Jack Nicklaus@1962-2005;
Steve Stricker@1990-2026; Loren Roberts; Brad Faxon; Scott Hoch; Laura Davies;
Annika Sörenstam@1992-2008; Liselotte Neumann; Karrie Webb@1995-2020; Helen Alfredsson;
José Cóceres; Peter Baker; David Gilford; Barry Lane; Carl Mason; Wayne Westner

golf 2019-2026
Scottie Scheffler; Rory McIlroy@2007-2026; Xander Schauffele; Jon Rahm; Ludvig Åberg@2023-2026;
Viktor Hovland; Collin Morikawa; Bryson DeChambeau; Brooks Koepka; Jordan Spieth@2012-2026;
Justin Thomas (golfer); Patrick Cantlay; Tommy Fleetwood; Shane Lowry; Tyrrell Hatton; Matt Fitzpatrick;
Hideki Matsuyama; Wyndham Clark; Max Homa; Sepp Straka; Nicolai Højgaard#; Rasmus Højgaard#;
Robert MacIntyre; Cameron Smith (golfer); Dustin Johnson@2008-2026; Sergio García@1999-2026;
Adrián Meronk; Thorbjørn Olesen; Min Woo Lee; Tom Kim; Sungjae Im; Nelly Korda; Lydia Ko;
Jin Young Ko; Lilia Vu; Jeeno Thitikul; Justin Rose@1998-2026; J. J. Spaun; Russell Henley;
Keegan Bradley; Ben Griffin; Harris English; Tony Finau; Sahith Theegala; Aaron Rai;
Corey Conners; Hideki Matsuyama; Akshay Bhatia; Rickie Fowler; Patrick Reed

cycling 1988-2000
Miguel Induráin@1985-1996; Bjarne Riis@1986-2000; Jan Ullrich@1995-2006; Tony Rominger@1986-1997;
Alex Zülle@1991-2004; Laurent Jalabert@1989-2002; Richard Virenque@1991-2004;
Abraham Olano@1992-2002; Evgeni Berzin; Piotr Ugrumov; Marco Pantani@1992-2003; Gianni Bugno;
Claudio Chiappucci; Mario Cipollini@1989-2005; Erik Zabel@1993-2008;
Djamolidine Abdoujaparov; Johan Museeuw@1988-2004; Andrea Tafi; Michele Bartoli@1992-2004;
Pavel Tonkov; Fernando Escartín; Laurent Dufaux; Leonardo Piepoli; Luc Leblanc;
Lance Armstrong@1992-2005; Chris Boardman; Francesco Casagrande; Ivan Gotti; Wladimir Belli;
Andrei Tchmil; Rolf Sørensen; Bo Hamburger; Frank Vandenbroucke@1994-2006;
Peter Luttenberger; Udo Bölts; Bobby Julich; Melchor Mauri; Laurent Brochard;
Michael Boogerd@1994-2007; Erik Breukink; Maximilian Sciandri; Fabio Baldato;
Jeroen Blijlevens; Tom Steels; Frédéric Moncassin; Nicola Minali; Stefano Zanini;
Rolf Aldag; Jens Heppner; Stéphane Heulot; Ángel Casero; Santiago Blanco

cycling 2019-2026
Tadej Pogačar@2017-2026; Jonas Vingegaard@2016-2026; Remco Evenepoel; Primož Roglič@2016-2026;
Wout van Aert#Van Aert; Mathieu van der Poel#Van der Poel; Egan Bernal; Geraint Thomas@2007-2025;
João Almeida; Juan Ayuso; Richard Carapaz; Enric Mas; Adam Yates#; Simon Yates#; Mads Pedersen;
Jasper Philipsen; Biniam Girmay; Tom Pidcock; Florian Lipowitz@2023-2026; Matteo Jorgenson;
Isaac del Toro#Del Toro@2024-2026; Jonathan Milan; Tim Merlier; Arnaud De Lie;
Julian Alaphilippe; Thibaut Pinot@2010-2023; Romain Bardet; David Gaudu; Ben Healy;
Demi Vollering; Annemiek van Vleuten#Van Vleuten@2007-2023; Lotte Kopecky;
Elisa Longo Borghini#Longo Borghini; Pauline Ferrand-Prévot; Marianne Vos@2006-2026;
Mark Cavendish@2005-2024; Peter Sagan@2010-2024; Chris Froome@2007-2025; Dylan Groenewegen;
Fabio Jakobsen; Olav Kooij; Kaden Groves; Mattias Skjelmose; Santiago Buitrago; Felix Gall;
Oscar Onley; Derek Gee; Giulio Ciccone; Antonio Tiberi

athletics 1988-2000
Michael Johnson@1990-2000; Donovan Bailey; Frankie Fredericks; Linford Christie@1979-1997;
Ato Boldon; Carl Lewis@1979-1997; Dennis Mitchell; Haile Gebrselassie@1992-2015;
Noureddine Morceli; Hicham El Guerrouj#El Guerrouj@1994-2004; Daniel Komen; Salah Hissou;
Paul Tergat@1990-2009; Moses Kiptanui; Wilson Kipketer@1994-2005; Vénuste Niyongabo;
Sergey Bubka@1981-2001; Jonathan Edwards@1988-2003; Colin Jackson@1986-2003;
Allen Johnson@1993-2008; Kevin Young; Derrick Adkins; Samuel Matete; Javier Sotomayor;
Charles Austin; Iván Pedroso@1990-2008; Mike Powell; Dan O'Brien; Tomáš Dvořák;
Jan Železný@1986-2006; Steve Backley; Lars Riedel; Marie-José Pérec@1988-2000;
Merlene Ottey@1979-2012; Gail Devers; Gwen Torrence; Jackie Joyner-Kersee@1980-2001;
Sonia O'Sullivan; Gabriela Szabo; Svetlana Masterkova; Maria Mutola@1988-2008;
Wang Junxia#; Fernanda Ribeiro; Derartu Tulu; Stefka Kostadinova; Heike Drechsler@1981-2004;
Inessa Kravets; Ludmila Engquist; Ghada Shouaa; Ana Fidelia Quirot; Cathy Freeman@1990-2003;
Irina Privalova; Juliet Cuthbert; Kim Batten; Sally Gunnell@1986-1997; Deon Hemmings;
Fermín Cacho; Abel Antón; Martín Fiz; Josia Thugwane; Ismael Kirui; Stefano Baldini@1994-2008;
Khalid Boulami; Ivana Sekyrová; Roger Black; Iwan Thomas; Jon Drummond; Bruny Surin

athletics 2019-2026
Armand Duplantis@2015-2026; Karsten Warholm; Jakob Ingebrigtsen@2016-2026;
Faith Kipyegon@2011-2026; Sydney McLaughlin-Levrone; Noah Lyles; Kishane Thompson;
Oblique Seville; Julien Alfred; Sha'Carri Richardson; Shelly-Ann Fraser-Pryce@2007-2025;
Elaine Thompson-Herah; Shericka Jackson; Femke Bol; Beatrice Chebet; Yaroslava Mahuchikh;
Gianmarco Tamberi@2009-2025; Mutaz Essa Barshim#Barshim@2010-2026; Joshua Cheptegei;
Eliud Kipchoge@2002-2026; Kelvin Kiptum@2022-2024; Sifan Hassan; Letesenbet Gidey;
Gudaf Tsegay; Grant Holloway; Rai Benjamin; Alison dos Santos#Dos Santos; Cole Hocker;
Emmanuel Wanyonyi; Lamont Marcell Jacobs#Jacobs; Ryan Crouser; Daniel Ståhl; Mykolas Alekna;
Miltiadis Tentoglou; Pedro Pichardo; Yulimar Rojas; Jasmine Camacho-Quinn; Masai Russell;
Tobi Amusan; Keely Hodgkinson; Athing Mu; Letsile Tebogo; Quincy Hall; Matthew Hudson-Smith;
Neeraj Chopra; Julian Weber; Jakub Vadlejch; Anderson Peters; Nina Kennedy; Katie Moon;
Mattia Furlani; Tara Davis-Woodhall; Nafissatou Thiam; Anna Hall; Katarina Johnson-Thompson;
Jakob Ingebrigtsen; Marileidy Paulino; Melissa Jefferson-Wooden; Tina Clayton#

motor racing 1984-2000
Michael Schumacher@1991-2012; Damon Hill@1992-1999; Jacques Villeneuve@1996-2006;
Jean Alesi@1989-2001; Gerhard Berger@1984-1997; Mika Häkkinen@1991-2001;
David Coulthard@1994-2008; Rubens Barrichello@1993-2011; Eddie Irvine@1993-2002;
Heinz-Harald Frentzen@1994-2003; Johnny Herbert@1989-2000; Martin Brundle@1984-1996;
Olivier Panis@1994-2004; Mika Salo@1994-2002; Pedro Diniz@1995-2000; Jos Verstappen@1994-2003;
Ukyo Katayama@1992-1997; Giancarlo Fisichella@1996-2009; Jarno Trulli@1997-2011;
Ricardo Rosset@1996-1998; Luca Badoer; Andrea Montermini; Pedro Lamy; Giovanni Lavaggi;
Ralf Schumacher@1997-2007; Alexander Wurz@1997-2007; Nigel Mansell@1980-1995;
Ayrton Senna@1984-1994; Alain Prost@1980-1993; Nelson Piquet@1978-1991;
Toranosuke Takagi@1998-1999; Shinji Nakano@1997-1997; Jan Magnussen@1995-1998;
Esteban Tuero@1998-1998; Jean-Christophe Boullion@1995-1995; Mika Salo@1994-2002

motor racing 2019-2026
Max Verstappen@2015-2026; Lewis Hamilton@2007-2026; Charles Leclerc@2018-2026;
Lando Norris; Oscar Piastri@2023-2026; George Russell; Carlos Sainz Jr.#Sainz@2015-2026;
Fernando Alonso@2001-2026; Sergio Pérez@2011-2024; Lance Stroll; Pierre Gasly; Esteban Ocon;
Alexander Albon; Yuki Tsunoda; Nico Hülkenberg@2010-2026; Kevin Magnussen@2014-2024;
Valtteri Bottas@2013-2026; Zhou Guanyu#@2022-2024; Logan Sargeant@2023-2024;
Daniel Ricciardo@2011-2024; Liam Lawson@2023-2026; Oliver Bearman@2024-2026;
Andrea Kimi Antonelli#Antonelli@2025-2026; Gabriel Bortoleto@2025-2026;
Isack Hadjar@2025-2026; Franco Colapinto@2024-2026; Jack Doohan@2024-2025;
Sebastian Vettel@2007-2022; Kimi Räikkönen@2001-2021; Nicholas Latifi@2020-2022;
Mick Schumacher@2021-2022; Nikita Mazepin@2021-2021; Antonio Giovinazzi@2017-2021;
Nyck de Vries#De Vries@2022-2023

motorcycle racing 1988-2000
Mick Doohan@1989-1999; Àlex Crivillé@1989-2001; Luca Cadalora; Carlos Checa@1993-2013;
Alberto Puig; Norick Abe; Max Biaggi@1991-2012; Loris Capirossi@1990-2011; Tetsuya Harada;
Ralf Waldmann; Olivier Jacque; Valentino Rossi@1996-2021; Haruchika Aoki; Carl Fogarty;
Troy Corser; John Kocinski; Kevin Schwantz@1986-1995; Wayne Rainey@1984-1993;
Kenny Roberts Jr.#Roberts@1993-2007; Tadayuki Okada; Alex Barros@1990-2007; Jean-Michel Bayle

motorcycle racing 2019-2026
Marc Márquez@2008-2026; Álex Márquez@2012-2026; Francesco Bagnaia@2013-2026;
Jorge Martín@2015-2026; Enea Bastianini; Pedro Acosta@2021-2026; Marco Bezzecchi;
Fabio Di Giannantonio; Brad Binder; Fabio Quartararo; Maverick Viñales@2011-2026;
Aleix Espargaró@2004-2024; Pol Espargaró; Joan Mir; Álex Rins; Johann Zarco; Jack Miller;
Franco Morbidelli; Fermín Aldeguer@2021-2026; Toprak Razgatlıoğlu; Álvaro Bautista;
Nicolò Bulega; Raúl Fernández; Ai Ogura

alpine skiing 1988-2000
Alberto Tomba@1985-1998; Kjetil André Aamodt@1989-2006; Lasse Kjus@1990-2006;
Atle Skårdal; Günther Mader; Michael von Grünigen#Von Grünigen; Hermann Maier@1996-2009;
Luc Alphand; Marc Girardelli@1980-1997; Josef Strobl; Patrick Ortlieb; Kristian Ghedina@1989-2006;
Thomas Sykora; Thomas Stangassinger; Mario Reiter; Urs Kälin; Paul Accola; Katja Seizinger;
Pernilla Wiberg; Deborah Compagnoni@1987-1999; Vreni Schneider@1984-1995; Martina Ertl;
Hilde Gerg; Isolde Kostner; Picabo Street; Anita Wachter; Renate Götschl@1993-2009;
Alexandra Meissnitzer; Heidi Zurbriggen; Ylva Nowén; Andreas Schifferer; Fritz Strobl;
Christian Mayer; Tom Stiansen; Ole Kristian Furuseth; Sébastien Amiez; Finn Christian Jagge;
Hans Knauß; Stephan Eberharter@1989-2004; Werner Franz; Kjetil André Aamodt

alpine skiing 2019-2026
Marco Odermatt; Mikaela Shiffrin@2011-2026; Lara Gut-Behrami@2007-2026;
Federica Brignone@2007-2026; Petra Vlhová; Henrik Kristoffersen@2012-2026;
Lucas Pinheiro Braathen#Braathen; Alexis Pinturault@2009-2024;
Aleksander Aamodt Kilde#Kilde; Loïc Meillard; Clément Noël; Manuel Feller; Marco Schwarz;
Dominik Paris@2010-2026; Sofia Goggia; Wendy Holdener; Zrinka Ljutić; Camille Rast;
Ragnhild Mowinckel; Cornelia Hütter; Vincent Kriechmayr; Atle Lie McGrath#McGrath;
Timon Haugan; Franjo von Allmen#Von Allmen@2023-2026; Lindsey Vonn@2001-2026

football 1988-2000
Alan Shearer@1988-2006; Teddy Sheringham; Paul Gascoigne; David Seaman; Tony Adams;
Eric Cantona@1983-1997; Ryan Giggs@1990-2014; David Beckham@1992-2013; Roy Keane@1990-2006;
Peter Schmeichel@1981-2003; Dennis Bergkamp@1986-2006; Ian Wright; Les Ferdinand;
Robbie Fowler@1993-2012; Stan Collymore; Steve McManaman; Gianfranco Zola@1984-2005;
Ruud Gullit@1979-1998; Fabrizio Ravanelli; Juninho Paulista; Faustino Asprilla; David Ginola;
Jürgen Klinsmann@1981-1998; Andreas Möller@1985-2004; Matthias Sammer@1985-1998;
Oliver Bierhoff; Thomas Häßler; Fredi Bobic; Jürgen Kohler; Andreas Köpke; Stefan Kuntz;
Mehmet Scholl; Thomas Helmer; Christian Ziege; Lothar Matthäus@1979-2000;
Alessandro Del Piero#Del Piero@1991-2014; Roberto Baggio@1982-2004; Paolo Maldini@1985-2009;
George Weah; Gianluca Vialli; Christian Vieri@1991-2009; Pierluigi Casiraghi; Enrico Chiesa;
Marcel Desailly; Zinedine Zidane@1989-2006; Youri Djorkaeff; Didier Deschamps@1985-2001;
Laurent Blanc; Christophe Dugarry; Bixente Lizarazu; Hristo Stoichkov; Krasimir Balakov;
Davor Šuker@1984-2003; Zvonimir Boban; Robert Prosinečki; Alen Bokšić; Igor Štimac;
Slaven Bilić; Predrag Mijatović; Dejan Savićević; Siniša Mihajlović; Vladimir Jugović;
Luís Figo@1989-2009; Rui Costa; Paulo Sousa; João Pinto; Fernando Couto;
Patrick Kluivert@1994-2008; Clarence Seedorf@1992-2012; Edgar Davids; Marc Overmars;
Brian Laudrup; Michael Laudrup; Tomas Brolin; Kennet Andersson; Martin Dahlin;
Fernando Hierro; Julen Guerrero; Andoni Zubizarreta; Gabriel Batistuta@1988-2005;
Diego Maradona@1976-1997; Jari Litmanen; Enzo Scifo; Marc Wilmots; Luc Nilis;
Hakan Şükür@1987-2008; Andriy Shevchenko@1994-2012; Ally McCoist; Gheorghe Hagi@1982-2001;
Gheorghe Popescu; Dan Petrescu; Ilie Dumitrescu; Florin Răducioiu; Tomáš Skuhravý;
Pavel Nedvěd@1991-2009; Patrik Berger; Karel Poborský; Vladimír Šmicer; Radek Bejbl;
Pavel Kuka; Emmanuel Petit; Nwankwo Kanu; Jay-Jay Okocha; Abedi Pele#; Tony Yeboah;
Oleg Salenko; Ivan Zamorano; Marcelo Salas; Carlos Valderrama; Dwight Yorke; Andy Cole;
Gary Neville; Paul Ince; Steve Bruce; Matt Le Tissier#Le Tissier; Dimitri Payet

football 2019-2026
Kylian Mbappé@2015-2026; Erling Haaland@2016-2026; Vinícius Júnior#Vinícius@2017-2026;
Jude Bellingham; Harry Kane@2010-2026; Mohamed Salah@2010-2026; Lamine Yamal@2023-2026;
Robert Lewandowski@2006-2026; Kevin De Bruyne@2008-2026; Lionel Messi@2004-2026;
Cristiano Ronaldo@2002-2026; Luka Modrić@2003-2026; Toni Kroos@2007-2024;
Antoine Griezmann; Ousmane Dembélé; Bukayo Saka; Phil Foden; Cole Palmer; Joško Gvardiol;
Martin Ødegaard; Declan Rice; Lautaro Martínez; Julián Álvarez; Emiliano Martínez;
Enzo Fernández; Alexis Mac Allister#Mac Allister; Virgil van Dijk#Van Dijk; Bruno Fernandes;
Bernardo Silva; Rúben Dias; João Félix; Rafael Leão; Victor Osimhen; Khvicha Kvaratskhelia;
Federico Valverde; Darwin Núñez; Luis Díaz; Son Heung-min#; Florian Wirtz; Jamal Musiala;
Alexander Isak; Viktor Gyökeres; Dušan Vlahović; Nicolò Barella; Hakan Çalhanoğlu;
Arda Güler; Kenan Yıldız; Dani Olmo; Nico Williams; Álvaro Morata; Mikel Oyarzabal;
Mikel Merino; Martín Zubimendi; Ángel Di María#Di María@2005-2026; Karim Benzema@2005-2026;
Thibaut Courtois; Marc-André ter Stegen#Ter Stegen; Manuel Neuer@2004-2026;
Gianluigi Donnarumma; Achraf Hakimi; Désiré Doué; Marcus Thuram; Aurélien Tchouaméni;
Eduardo Camavinga; William Saliba; Jules Koundé; Federico Chiesa; Sandro Tonali;
Ivan Toney; Ollie Watkins; Marcus Rashford; Jack Grealish; Trent Alexander-Arnold;
Dominik Szoboszlai; Rasmus Højlund; Benjamin Šeško; Christian Eriksen; Frenkie de Jong#De Jong;
Matthijs de Ligt#De Ligt; Xavi Simons; Cody Gakpo; Memphis Depay; Randal Kolo Muani#Kolo Muani;
Serhou Guirassy; Victor Boniface; Mateo Retegui; Ademola Lookman; Hugo Ekitiké;
Carlo Ancelotti@1992-2026; Xabi Alonso@1999-2026; Mikel Arteta; Arne Slot; Hansi Flick;
Diego Simeone@1988-2026; Thomas Tuchel; Julian Nagelsmann; Luciano Spalletti; Enzo Maresca;
Rúben Amorim; Antonio Conte; Simone Inzaghi; José Mourinho@2000-2026; Jürgen Klopp@2001-2024;
Unai Emery; Ange Postecoglou; Erik ten Hag#Ten Hag; Vincent Kompany; Pep Guardiola@1990-2026;
Luis Enrique#@1989-2026; Mauricio Pochettino; Gareth Southgate; Roberto Martínez;
Marcelo Bielsa; Lionel Scaloni; Carlo Ancelotti

cricket 1988-2000
Sachin Tendulkar@1989-2013; Mohammad Azharuddin@1984-2000; Sourav Ganguly@1992-2008;
Rahul Dravid@1996-2012; Anil Kumble@1990-2008; Javagal Srinath; Venkatesh Prasad;
Navjot Singh Sidhu#Sidhu; Ajay Jadeja; Vinod Kambli; Nayan Mongia; Sanath Jayasuriya@1989-2011;
Aravinda de Silva#De Silva@1984-2003; Arjuna Ranatunga@1982-2000;
Muttiah Muralitharan@1992-2011; Chaminda Vaas@1994-2009; Roshan Mahanama;
Hashan Tillakaratne; Asanka Gurusinha; Romesh Kaluwitharana; Wasim Akram@1984-2003;
Waqar Younis@1989-2003; Saeed Anwar; Ijaz Ahmed#; Inzamam-ul-Haq@1991-2007; Aamer Sohail;
Salim Malik; Moin Khan; Mushtaq Ahmed#; Saqlain Mushtaq; Shane Warne@1992-2007;
Glenn McGrath@1993-2007; Steve Waugh@1985-2004; Mark Waugh@1988-2002; Ian Healy;
Michael Slater; Ricky Ponting@1995-2012; Michael Bevan; Matthew Hayden@1993-2009;
Jason Gillespie; Michael Atherton; Alec Stewart@1989-2003; Nasser Hussain; Graham Thorpe;
Graeme Hick; Dominic Cork; Darren Gough; Robert Croft; Hansie Cronje; Allan Donald;
Shaun Pollock@1995-2008; Gary Kirsten; Jonty Rhodes; Brian McMillan; Daryll Cullinan;
Lance Klusener; Fanie de Villiers#De Villiers; Brian Lara@1990-2007; Curtly Ambrose;
Courtney Walsh@1984-2001; Carl Hooper; Shivnarine Chanderpaul@1994-2015;
Richie Richardson; Jimmy Adams; Ian Bishop; Stephen Fleming@1994-2008; Chris Cairns;
Nathan Astle; Danny Morrison; Andy Flower; Grant Flower; Heath Streak; Mark Taylor (cricketer)#

cricket 2019-2026
Virat Kohli@2008-2026; Rohit Sharma@2007-2026; Jasprit Bumrah; Shubman Gill; Rishabh Pant;
Ravindra Jadeja@2009-2026; Ravichandran Ashwin@2010-2024; KL Rahul#Rahul; Yashasvi Jaiswal;
Mohammed Siraj; Mohammed Shami; Hardik Pandya; Suryakumar Yadav; Joe Root@2012-2026;
Ben Stokes; Harry Brook; Zak Crawley; Ben Duckett; Jos Buttler; James Anderson@2002-2024;
Stuart Broad@2006-2023; Jofra Archer; Mark Wood; Pat Cummins; Travis Head;
Marnus Labuschagne; Usman Khawaja; Mitchell Starc; Josh Hazlewood; Nathan Lyon;
Kane Williamson@2010-2026; Tom Latham; Rachin Ravindra; Babar Azam; Mohammad Rizwan;
Shaheen Shah Afridi#Afridi; Kagiso Rabada; Temba Bavuma; Aiden Markram; Keshav Maharaj;
Quinton de Kock#De Kock; Kusal Mendis; Angelo Mathews; Shakib Al Hasan#; Rashid Khan#;
Ollie Pope; Gus Atkinson; Brydon Carse; Shai Hope; Sam Konstas; Scott Boland

rugby 1988-2000
Jonah Lomu@1994-2002; David Campese@1982-1996; Will Carling; Jeremy Guscott; Rob Andrew;
Lawrence Dallaglio; Sean Fitzpatrick; Zinzan Brooke; Christian Cullen; Andrew Mehrtens;
Frank Bunce; Joost van der Westhuizen#Van der Westhuizen; François Pienaar; Joel Stransky;
Gary Teichmann; Michael Lynagh; John Eales; Tim Horan; George Gregan@1994-2007;
Philippe Sella; Thierry Lacroix; Émile Ntamack; Abdelatif Benazzi; Philippe Saint-André;
Gregor Townsend; Gavin Hastings; Neil Jenkins; Ieuan Evans; Scott Gibbs; Keith Wood;
Alessandro Troncon; Jason Leonard; Phil de Glanville#De Glanville; Rob Howley; Matt Dawson

rugby 2019-2026
Antoine Dupont; Romain Ntamack; Thomas Ramos; Damian Penaud; Louis Bielle-Biarrey;
Grégory Alldritt; Siya Kolisi; Eben Etzebeth; Cheslin Kolbe; Handré Pollard;
Pieter-Steph du Toit#Du Toit; Malcolm Marx; Ardie Savea; Richie Mo'unga; Beauden Barrett#;
Jordie Barrett#; Scott Barrett#; Maro Itoje; Owen Farrell; Ellis Genge; Jamie George;
Finn Russell; Sione Tuipulotu; Johnny Sexton@2006-2023; Tadhg Furlong; Caelan Doris;
Bundee Aki; Garry Ringrose; Jamison Gibson-Park; Josh van der Flier#Van der Flier;
Dan Sheehan; Tommaso Menoncello; Ange Capuozzo; Michael Hooper; Louis Rees-Zammit;
Jac Morgan; Tomos Williams; Sam Underhill; Tom Curry#; Ben Earl; Marcus Smith#

chess 1985-2000
Garry Kasparov@1980-2005; Anatoly Karpov@1970-2000; Vladimir Kramnik@1992-2019;
Viswanathan Anand@1987-2026; Veselin Topalov@1990-2026; Vasyl Ivanchuk@1987-2026~Vassily Ivanchuk;
Gata Kamsky; Alexei Shirov; Boris Gelfand; Nigel Short; Judit Polgár@1988-2014;
Susan Polgar; Evgeny Bareev; Valery Salov; Jan Timman; Péter Lékó@1994-2020;
Alexander Khalifman; Zsuzsa Polgár; Jonathan Speelman; Alexander Beliavsky

chess 2019-2026
Magnus Carlsen@2004-2026; Ding Liren#; Ian Nepomniachtchi; Fabiano Caruana; Hikaru Nakamura;
Alireza Firouzja; Rameshbabu Praggnanandhaa#Praggnanandhaa; Arjun Erigaisi#Erigaisi;
Nodirbek Abdusattorov; Wesley So#; Anish Giri; Ju Wenjun#; Hou Yifan#; Levon Aronian;
Maxime Vachier-Lagrave; Shakhriyar Mamedyarov; Teimour Radjabov; Vincent Keymer

boxing 1988-2000
Mike Tyson@1985-2005; Evander Holyfield@1984-2011; Lennox Lewis@1989-2003;
Riddick Bowe@1989-2008; Frank Bruno@1982-1996; Oscar De La Hoya#De La Hoya@1992-2008;
Julio César Chávez@1980-2005; Pernell Whitaker; Naseem Hamed; Roy Jones Jr.#Jones@1989-2018;
Bernard Hopkins@1988-2016; Michael Moorer; George Foreman@1969-1997; Chris Eubank;
Nigel Benn; Félix Trinidad; Héctor Camacho; Buster Douglas; Bruce Seldon; Tommy Morrison

boxing 2019-2026
Oleksandr Usyk; Tyson Fury; Anthony Joshua; Canelo Álvarez; Naoya Inoue; Terence Crawford;
Daniel Dubois; Deontay Wilder; Dmitry Bivol; Artur Beterbiev; Gervonta Davis; Shakur Stevenson;
Devin Haney; Ryan Garcia; Errol Spence Jr.#Spence; Jake Paul

politics 1990-1999
Bill Clinton@1993-2001; Al Gore@1993-2001; Boris Yeltsin@1991-1999;
Viktor Chernomyrdin@1992-1998; Yevgeny Primakov@1996-1999; Helmut Kohl@1982-1998;
Klaus Kinkel@1992-1998; Theo Waigel@1989-1998; Hans Tietmeyer@1993-1999;
Jacques Chirac@1995-2007; Alain Juppé@1993-1997; Hervé de Charette#de Charette@1995-1997;
Jean Arthuis@1995-1997; Jean-Claude Trichet@1993-2011; John Major@1990-1997;
Kenneth Clarke@1993-1997; Malcolm Rifkind@1995-1997; Tony Blair@1994-2007;
Romano Prodi@1996-1998; Lamberto Dini@1995-2001; Carlo Azeglio Ciampi#Ciampi@1993-2006;
Antonio Fazio@1993-2005; José María Aznar@1996-2004; Felipe González@1982-1996;
Javier Solana@1992-1999; Rodrigo Rato@1996-2004; Abel Matutes@1996-2000;
António Guterres@1995-2002; Jorge Sampaio@1996-2006; Wim Kok@1994-2002;
Hans van Mierlo#Van Mierlo@1994-1998; Gerrit Zalm@1994-2007; Jean-Luc Dehaene@1992-1999;
Jacques Santer@1995-1999; Jean-Claude Juncker@1995-2019; Franz Vranitzky@1986-1997;
Viktor Klima@1996-2000; Thomas Klestil@1992-2004; Göran Persson@1994-2006;
Ingvar Carlsson@1994-1996; Poul Nyrup Rasmussen#Nyrup Rasmussen@1993-2001;
Gro Harlem Brundtland#Brundtland@1990-1996; Thorbjørn Jagland@1996-1997;
Paavo Lipponen@1995-2003; Martti Ahtisaari@1994-2000; Václav Havel@1989-2003;
Václav Klaus@1992-1997; Josef Zieleniec@1993-1997; Aleksander Kwaśniewski@1995-2005;
Włodzimierz Cimoszewicz@1996-2005; Lech Wałęsa@1990-1995; Grzegorz Kołodko@1994-1997;
Árpád Göncz@1990-2000; Gyula Horn@1994-1998; Michal Kováč@1993-1998;
Vladimír Mečiar@1992-1998; Ion Iliescu@1990-1996; Emil Constantinescu@1996-2000;
Nicolae Văcăroiu@1992-1996; Zhelyu Zhelev@1990-1997; Petar Stoyanov@1996-2002;
Zhan Videnov@1995-1997; Süleyman Demirel@1993-2000; Necmettin Erbakan@1996-1997;
Tansu Çiller@1993-1997; Mesut Yılmaz@1996-1999; Franjo Tuđman@1990-1999;
Slobodan Milošević@1989-2000; Alija Izetbegović@1990-2000; Kiro Gligorov@1991-1999;
Milan Kučan@1990-2002; Janez Drnovšek@1992-2002; Leonid Kuchma@1994-2005;
Pavlo Lazarenko@1996-1997; Nursultan Nazarbayev@1990-2019; Eduard Shevardnadze@1992-2003;
Heydar Aliyev@1993-2003; Levon Ter-Petrosyan@1991-1998; Shimon Peres@1995-2007;
Yasser Arafat@1994-2004; Hosni Mubarak@1981-2011; Hafez al-Assad#Assad@1971-2000;
Saddam Hussein#@1979-2003; Akbar Hashemi Rafsanjani#Rafsanjani@1989-1997;
Nelson Mandela@1994-1999; Thabo Mbeki@1994-2008; F. W. de Klerk#De Klerk@1989-1996;
Robert Mugabe@1980-2017; Daniel arap Moi#Moi@1978-2002; Jiang Zemin@1989-2003;
Li Peng#@1988-1998; Zhu Rongji#@1993-2003; Qian Qichen#@1988-2003;
Ryutaro Hashimoto@1994-1998; Yukihiko Ikeda@1996-1997; Kim Young-sam#@1993-1998;
Fidel V. Ramos#Ramos@1992-1998; Suharto@1967-1998; Mahathir Mohamad#Mahathir@1981-2003;
Anwar Ibrahim#Anwar@1993-1998; Goh Chok Tong#@1990-2004; P. V. Narasimha Rao#Rao@1991-1996;
H. D. Deve Gowda#Gowda@1996-1997; Atal Bihari Vajpayee#Vajpayee@1996-2004;
Benazir Bhutto@1993-1996; Nawaz Sharif@1990-1999; John Howard@1996-2007;
Paul Keating@1991-1996; Jim Bolger@1990-1997; Jean Chrétien@1993-2003;
Paul Martin@1993-2006; Ernesto Zedillo@1994-2000; Fernando Henrique Cardoso#Cardoso@1995-2002;
Carlos Menem@1989-1999; Domingo Cavallo@1991-1996; Alberto Fujimori@1990-2000;
Eduardo Frei Ruiz-Tagle#Frei@1994-2000; Ernesto Samper@1994-1998; Rafael Caldera@1994-1999;
Fidel Castro@1959-2008; Alan Greenspan@1987-2006; Robert Rubin@1995-1999;
Warren Christopher@1993-1997; Madeleine Albright@1993-2001; Boutros Boutros-Ghali#Boutros-Ghali@1992-1996;
Kofi Annan@1997-2006; Michel Camdessus@1987-2000; James Wolfensohn@1995-2005;
Wim Duisenberg@1982-2003; Alexandre Lamfalussy@1994-1997; Luis Ángel Rojo@1992-2000;
Yasuo Matsushita@1994-1998; Anatoly Chubais@1992-1998; Alexander Lebed@1996-1998;
Gennady Zyuganov@1993-2026; Grigory Yavlinsky@1993-2007; Vladimir Zhirinovsky@1991-2022;
Oskar Lafontaine@1995-1999; Gerhard Schröder@1990-2005; Joschka Fischer@1994-2005;
Lionel Jospin@1995-2002; Silvio Berlusconi@1994-2011; Massimo D'Alema@1994-2008;
Benjamin Netanyahu@1996-2026; Lee Teng-hui#@1988-2000; Kim Dae-jung#@1997-2003

politics 2019-2026
Donald Trump@2017-2026; JD Vance@2023-2026; Joe Biden@2009-2025; Kamala Harris@2017-2025;
Marco Rubio@2011-2026; Scott Bessent@2025-2026; Jerome Powell@2012-2026;
Emmanuel Macron@2014-2026; François Bayrou@2024-2025; Michel Barnier@2024-2024;
Sébastien Lecornu@2017-2026; Gabriel Attal@2020-2024; Jean-Noël Barrot@2022-2026;
Éric Lombard@2024-2025; François Villeroy de Galhau#Villeroy de Galhau@2015-2026;
Friedrich Merz@2022-2026; Olaf Scholz@2018-2025; Frank-Walter Steinmeier@2013-2026;
Lars Klingbeil@2021-2026; Johann Wadephul@2025-2026; Annalena Baerbock@2021-2025;
Christian Lindner@2021-2024; Joachim Nagel@2022-2026; Keir Starmer@2020-2026;
Rachel Reeves@2021-2026; David Lammy@2021-2026; Yvette Cooper@2024-2026;
Andrew Bailey@2020-2026; Rishi Sunak@2020-2024; Giorgia Meloni@2022-2026;
Giancarlo Giorgetti@2021-2026; Antonio Tajani@2022-2026; Sergio Mattarella@2015-2026;
Fabio Panetta@2023-2026; Pedro Sánchez@2018-2026; Carlos Cuerpo@2023-2026;
José Manuel Albares@2021-2026; María Jesús Montero@2018-2026; José Luis Escrivá@2020-2026;
Luís Montenegro@2024-2026; Marcelo Rebelo de Sousa#Rebelo de Sousa@2016-2026;
Dick Schoof@2024-2026; Mark Rutte@2010-2026; Bart De Wever@2025-2026;
Alexander De Croo@2020-2025; Luc Frieden@2023-2026; Christian Stocker@2025-2026;
Karl Nehammer@2021-2025; Alexander Van der Bellen@2017-2026; Ulf Kristersson@2022-2026;
Mette Frederiksen@2019-2026; Lars Løkke Rasmussen#Løkke Rasmussen@2022-2026;
Jonas Gahr Støre#Støre@2021-2026; Jens Stoltenberg@2014-2026; Petteri Orpo@2023-2026;
Alexander Stubb@2024-2026; Kristrún Frostadóttir@2024-2026; Micheál Martin@2020-2026;
Simon Harris@2024-2026; Donald Tusk@2023-2026; Andrzej Duda@2015-2025;
Karol Nawrocki@2025-2026; Radosław Sikorski@2023-2026; Andrzej Domański@2023-2026;
Petr Fiala@2021-2025; Andrej Babiš@2017-2026; Petr Pavel@2023-2026; Robert Fico@2023-2026;
Peter Pellegrini@2024-2026; Viktor Orbán@2010-2026; Tamás Sulyok@2024-2026;
Péter Szijjártó@2014-2026; Mihály Varga@2013-2026; Klaus Iohannis@2014-2025;
Nicușor Dan@2025-2026; Ilie Bolojan@2025-2026; Marcel Ciolacu@2023-2025;
Rosen Zhelyazkov@2025-2026; Rumen Radev@2017-2026; Kyriakos Mitsotakis@2019-2026;
Nikos Christodoulides@2023-2026; Andrej Plenković@2016-2026; Zoran Milanović@2020-2026;
Aleksandar Vučić@2014-2026; Robert Golob@2022-2026; Nataša Pirc Musar#Pirc Musar@2022-2026;
Edi Rama@2013-2026; Recep Tayyip Erdoğan@2003-2026; Hakan Fidan@2023-2026;
Mehmet Şimşek@2023-2026; Volodymyr Zelenskyy@2019-2026; Yulia Svyrydenko@2021-2026;
Denys Shmyhal@2020-2026; Andrii Sybiha@2024-2026; Vladimir Putin@1999-2026;
Sergey Lavrov@2004-2026; Mikhail Mishustin@2020-2026; Elvira Nabiullina@2013-2026;
Anton Siluanov@2011-2026; Isaac Herzog@2021-2026; Gideon Sa'ar@2024-2026;
Masoud Pezeshkian@2024-2026; Ali Khamenei@1989-2026; Abbas Araghchi@2024-2026;
Abdel Fattah el-Sisi#Sisi@2014-2026;
Ahmed al-Sharaa#Sharaa@2024-2026; Xi Jinping#@2012-2026; Li Qiang#@2023-2026;
Wang Yi#@2013-2026; Pan Gongsheng#@2023-2026; Shigeru Ishiba@2024-2025;
Sanae Takaichi@2025-2026; Fumio Kishida@2021-2024; Kazuo Ueda@2023-2026;
Lee Jae-myung#@2022-2026; Yoon Suk Yeol#@2022-2025; Narendra Modi@2014-2026;
Nirmala Sitharaman@2019-2026; Subrahmanyam Jaishankar#Jaishankar@2019-2026;
Shehbaz Sharif@2022-2026; Anthony Albanese@2022-2026; Jim Chalmers@2022-2026;
Penny Wong@2022-2026; Christopher Luxon@2023-2026; Mark Carney@2025-2026;
Justin Trudeau@2015-2025; Chrystia Freeland@2019-2025; Mélanie Joly@2021-2026;
Claudia Sheinbaum@2024-2026; Andrés Manuel López Obrador#López Obrador@2018-2024;
Luiz Inácio Lula da Silva#Lula@2023-2026; Fernando Haddad@2023-2026; Javier Milei@2023-2026;
Luis Caputo@2023-2026; Gustavo Petro@2022-2026; Gabriel Boric@2022-2026;
Daniel Noboa@2023-2026; Cyril Ramaphosa@2018-2026; Bola Tinubu@2023-2026;
William Ruto@2022-2026; Ursula von der Leyen#von der Leyen@2019-2026; Kaja Kallas@2021-2026;
António Costa@2015-2026; Christine Lagarde@2011-2026; Roberta Metsola@2022-2026;
Kristalina Georgieva@2019-2026; Ajay Banga@2023-2026; António Guterres@2017-2026;
Valdis Dombrovskis@2019-2026; Paschal Donohoe@2020-2026; Ngozi Okonjo-Iweala@2021-2026;
Prabowo Subianto#Prabowo@2024-2026; Anwar Ibrahim#Anwar@2022-2026;
Bongbong Marcos#Marcos@2022-2026~Ferdinand Marcos Jr.~Ferdinand R. Marcos Jr.; Paetongtarn Shinawatra#Paetongtarn@2024-2025;
Anutin Charnvirakul#Anutin@2025-2026; Lawrence Wong@2024-2026; Tô Lâm#@2024-2026;
Phạm Minh Chính#@2021-2026; Alexander Lukashenko@1994-2026; Janet Yellen@2021-2025;
Antony Blinken@2021-2025; Pete Hegseth@2025-2026; Jeremy Hunt@2022-2024;
Bruno Le Maire@2017-2024; Stéphane Séjourné@2024-2024; Jean-Luc Mélenchon@2017-2026;
Marine Le Pen@2011-2026; Jordan Bardella@2022-2026; Alice Weidel@2017-2026;
Geert Wilders@2006-2026; Mateusz Morawiecki@2017-2023; Gabrielius Landsbergis@2020-2024;
Evika Siliņa@2023-2026; Kristen Michal@2024-2026; Gitanas Nausėda@2019-2026;
Edgars Rinkēvičs@2023-2026; Alar Karis@2021-2026; Ignazio Cassis@2017-2026;
Karin Keller-Sutter@2019-2026; Dmytro Kuleba@2020-2024; Yair Lapid@2021-2026;
Benny Gantz@2019-2026; Itamar Ben-Gvir@2022-2026; Bezalel Smotrich@2022-2026

football 1988-2000
Mario Basler; Giovane Élber; Carsten Jancker; Ulf Kirsten; Andreas Herzog; Toni Polster;
Markus Babbel; Dieter Eilts; Steffen Freund; Jens Lehmann@1988-2010; Oliver Kahn@1987-2008;
Roberto Mancini; Attilio Lombardo; Giuseppe Signori; Marco Simone; Demetrio Albertini;
Roberto Di Matteo#Di Matteo; Vincenzo Montella; Filippo Inzaghi; Alessandro Nesta;
Fabio Cannavaro; Ciro Ferrara; Angelo Peruzzi; Gianluca Pagliuca; Paolo Di Canio#Di Canio;
Benito Carbone; Moreno Torricelli; Alessandro Costacurta; Franco Baresi; Jaap Stam;
Phillip Cocu; Arthur Numan; Aron Winter; Iván de la Peña#De la Peña; Fernando Morientes;
Lyuboslav Penev; Meho Kodro; Dion Dublin; Chris Sutton; Gary Speed; Ian Rush; Jamie Redknapp;
Paul Merson; Nick Barmby; Ray Parlour; Patrick Vieira; Nicolas Anelka; Ole Gunnar Solskjær;
Jordi Cruyff; Stuart Pearce; Gareth Southgate@1988-2026; Sol Campbell; Darren Anderton;
Robbie Earle; Efan Ekoku; Duncan Ferguson; Paulo Futre; Sonny Anderson; Mário Jardel;
Alex Ferguson@1974-2013; Kenny Dalglish; Bobby Robson; Glenn Hoddle; Terry Venables;
Berti Vogts; Arrigo Sacchi; Fabio Capello; Marcello Lippi; Johan Cruyff;
Louis van Gaal#Van Gaal; Ottmar Hitzfeld; Giovanni Trapattoni; Otto Rehhagel; Aimé Jacquet;
Guus Hiddink; Javier Clemente; Sven-Göran Eriksson; Arsène Wenger@1984-2018; Roy Hodgson;
Harry Redknapp; Martin O'Neill

football 2019-2026
Mohamed Salah~Mohammed Salah~Mo Salah; Vinícius Júnior~Vinicius Junior~Vinicius Jr; Nico Paz;
Michael Olise; Bradley Barcola; Khéphren Thuram; Dean Huijsen; Pau Cubarsí; Alejandro Balde;
Ronald Araújo; Morgan Gibbs-White; Bryan Mbeumo; Matheus Cunha; Antoine Semenyo; Eberechi Eze;
Jarrod Bowen; Dominic Solanke; Nick Woltemade; Loïs Openda; Moisés Caicedo; Jérémy Doku;
Omar Marmoush; Mohammed Kudus; Bruno Guimarães; Alexander Sørloth

cricket 1988-2000
Alan Mullally; Ronnie Irani; Phil Tufnell; Angus Fraser; Devon Malcolm; Dean Headley;
Mark Butcher; Adam Hollioake; Ben Hollioake; Ian Salisbury; Mark Ealham;
Shahid Afridi@1996-2018; Azhar Mahmood; Saleem Elahi; Paul Strang; Adam Parore;
Damien Fleming; Paul Reiffel; Andy Bichel; Stuart Law; Greg Blewett; Justin Langer;
Jacques Kallis@1995-2014; Herschelle Gibbs; Pat Symcox; Kumar Dharmasena; Marvan Atapattu;
Dodda Ganesh; Abey Kuruvilla

tennis 1988-2000
Hendrik Dreekmann; David Prinosil; Bernd Karbacher; Marc-Kevin Goellner; Tommy Haas@1996-2017;
Tomás Carbonell; Jordi Burillo; Galo Blanco; Albert Portas; Julián Alonso; Javier Frana;
Sláva Doseděl; Marcos Ondruska; Grant Stafford; Kenneth Carlsen; Frederik Fetterlein;
Mikael Tillström; Jens Knippschild; Andrei Cherkasov; Wayne Arthurs; Scott Draper;
Richard Fromberg; Sandon Stolle; Patrick McEnroe; Justin Gimelstob; Jan-Michael Gambill;
Michael Tebbutt; Chris Woodruff; Jonathan Stark; Jiří Novák; Åsa Carlsson; Sabine Hack;
Silvia Farina Elia#Farina~Silvia Farina; Rita Grande; Henrieta Nagyová; Linda Wild; Lori McNeil; Zina Garrison;
Amy Frazier; Ann Grossman; Miriam Oremans; Ludmila Richterová; Naoko Kijimuta;
Tamarine Tanasugarn; Yevgeny Kafelnikov~Evgeny Kafelnikov

baseball 1990-2000
Ken Griffey Jr.#Griffey; Cal Ripken Jr.#Ripken; Barry Bonds@1986-2007; Mark McGwire;
Alex Rodriguez@1994-2016; Albert Belle; Greg Maddux@1986-2008; John Smoltz; Tom Glavine;
Andy Pettitte; Derek Jeter@1995-2014; Mo Vaughn; Ken Caminiti; Mike Piazza; Hideo Nomo;
Roger Clemens@1984-2007; Randy Johnson@1988-2009; Brady Anderson; Sammy Sosa; Jeff Bagwell;
Manny Ramirez; Jim Thome; Bernie Williams; Pat Hentgen; Tony Gwynn; Paul Molitor;
Dennis Eckersley; Kenny Lofton; Andrés Galarraga; Ellis Burks; Gary Sheffield; Chipper Jones;
Cecil Fielder; Rafael Palmeiro; Mariano Rivera@1995-2013; Iván Rodríguez

baseball 2019-2026
Shohei Ohtani; Aaron Judge; Juan Soto; Mookie Betts; Freddie Freeman; Bryce Harper;
Vladimir Guerrero Jr.#Guerrero; Yoshinobu Yamamoto; Paul Skenes; Bobby Witt Jr.#Witt;
Tarik Skubal; Cal Raleigh; Pete Alonso; Francisco Lindor; Corbin Carroll; Gunnar Henderson;
Elly De La Cruz#De La Cruz; Kyle Tucker; Rafael Devers; Roki Sasaki; Mike Trout;
Clayton Kershaw@2008-2025

ice hockey 1988-2000
Wayne Gretzky@1979-1999; Mario Lemieux@1984-2006; Jaromír Jágr@1990-2026; Mark Messier;
Eric Lindros; Joe Sakic; Peter Forsberg; Patrick Roy; Dominik Hašek; Teemu Selänne;
Paul Kariya; Sergei Fedorov; Steve Yzerman; Brett Hull; Pavel Bure; Martin Brodeur@1991-2015;
Brian Leetch; Ray Bourque; Paul Coffey; Mats Sundin; Saku Koivu; Alexander Mogilny;
Keith Tkachuk; John LeClair; Chris Chelios; Doug Gilmour; Zigmund Pálffy; Peter Bondra

ice hockey 2019-2026
Connor McDavid; Leon Draisaitl; Nathan MacKinnon; Auston Matthews; Sidney Crosby@2005-2026;
Alexander Ovechkin@2005-2026~Alex Ovechkin; Nikita Kucherov; David Pastrňák; Cale Makar;
Kirill Kaprizov; Connor Bedard; Macklin Celebrini; Igor Shesterkin; Andrei Vasilevskiy;
Mikko Rantanen; Aleksander Barkov; Sam Reinhart; Artemi Panarin; Juuse Saros

basketball 1990-2000
Michael Jordan@1984-2003; Scottie Pippen; Dennis Rodman; Shaquille O'Neal@1992-2011;
Hakeem Olajuwon; Karl Malone; John Stockton; Charles Barkley; Patrick Ewing; Grant Hill;
Allen Iverson@1996-2010; Kobe Bryant@1996-2016; Gary Payton; Shawn Kemp; Reggie Miller;
Alonzo Mourning; Dikembe Mutombo; Toni Kukoč; Arvydas Sabonis; Šarūnas Marčiulionis;
Vlade Divac; Detlef Schrempf; Clyde Drexler; Mitch Richmond; Jason Kidd; Chris Webber;
Kevin Garnett@1995-2016; Stephon Marbury; Ray Allen; Marcus Camby; Tim Duncan@1997-2016

basketball 2019-2026
LeBron James@2003-2026; Stephen Curry; Kevin Durant; Giannis Antetokounmpo; Nikola Jokić;
Luka Dončić; Joel Embiid; Jayson Tatum; Shai Gilgeous-Alexander; Victor Wembanyama;
Anthony Edwards; Jalen Brunson; Devin Booker; Jimmy Butler; Ja Morant; Tyrese Haliburton;
Donovan Mitchell; Domantas Sabonis; Jaylen Brown; Cooper Flagg

royalty 1990-1999
Elizabeth II#@1952-2022=Queen Elizabeth; Charles III#@1970-2026=King Charles=Prince Charles;
Diana, Princess of Wales#@1981-1997=Princess Diana; Juan Carlos I#@1975-2014=King Juan Carlos;
Hussein of Jordan#Hussein@1952-1999=King Hussein;
Fahd of Saudi Arabia#Fahd@1982-2005=King Fahd; Hassan II#@1961-1999=King Hassan;
Akihito#@1989-2019=Emperor Akihito; Bhumibol Adulyadej#@1946-2016=King Bhumibol;
Albert II of Belgium#@1993-2013=King Albert;
Beatrix of the Netherlands#@1980-2013=Queen Beatrix; Harald V#@1991-2026=King Harald;
Carl XVI Gustaf#@1973-2026=King Carl Gustaf; Margrethe II#@1972-2024=Queen Margrethe;
Pope John Paul II#@1978-2005=Pope John Paul

royalty 2019-2026
William, Prince of Wales#@2022-2026=Prince William;
Abdullah II of Jordan#Abdullah@1999-2026=King Abdullah;
Salman of Saudi Arabia#Salman@2015-2026=King Salman;
Mohammed bin Salman#@2017-2026=MBS=Crown Prince Mohammed=Prince Mohammed~Mohammad bin Salman;
Tamim bin Hamad Al Thani#Tamim@2013-2026=Emir Tamim=Sheikh Tamim;
Mohamed bin Zayed Al Nahyan#@2022-2026=MBZ=Sheikh Mohamed bin Zayed~Mohammed bin Zayed;
Felipe VI#@2014-2026=King Felipe;
Willem-Alexander of the Netherlands#@2013-2026=King Willem-Alexander;
Frederik X#@2024-2026=King Frederik; Naruhito#@2019-2026=Emperor Naruhito;
Pope Francis#@2013-2025; Pope Leo XIV#@2025-2026=Pope Leo

politics 2019-2026
Luiz Inácio Lula da Silva#Lula@2003-2026=Lula da Silva=Luiz Inacio Lula;
Recep Tayyip Erdoğan@2003-2026=Tayyip Erdogan; Volodymyr Zelenskyy~Volodymyr Zelensky;
Abdel Fattah el-Sisi#Sisi~Abdel Fattah al-Sisi; Kim Jong Un#@2011-2026~Kim Jong-un;
Mahmoud Abbas@2005-2026; Vladimir Putin~Vladimir Vladimirovich Putin

business 1990-2026
Elon Musk@2002-2026; Jeff Bezos@1994-2026; Mark Zuckerberg@2004-2026; Tim Cook#@2011-2026;
Sundar Pichai@2015-2026; Satya Nadella@2014-2026; Jensen Huang@1993-2026;
Sam Altman@2015-2026; Warren Buffett@1970-2026; Jamie Dimon@2005-2026; Larry Fink#@1988-2026;
Bill Gates@1975-2026; Steve Jobs#@1996-2011; Lisa Su#@2014-2026; Mary Barra#@2014-2026;
Dario Amodei@2021-2026; Bernard Arnault@1989-2026; Mukesh Ambani@2002-2026;
Gautam Adani@1988-2026; Rupert Murdoch@1970-2026; Jack Welch#@1981-2001;
Lou Gerstner@1993-2002; Andy Grove#@1987-2004

golf 1985-2002
Gordon Brand Jr.#Brand; Lee Janzen; Tom Kite; Hal Sutton; Kenny Perry; Jeff Maggert; Paul Azinger;
David Duval; Stewart Cink; Robert Allenby; Peter Senior; Craig Parry; Stuart Appleby;
Joakim Haeggman; Anders Forsbrand; Mathias Grönberg; Patrik Sjöland; Niclas Fasth;
Ángel Cabrera; Diego Borrego; José Rivero; Santiago Luna; Pedro Linhart;
Jean van de Velde#Van de Velde; Thomas Levet; Paul Lawrie

cycling 1988-2000
Viatcheslav Ekimov; Rolf Järmann; Mauro Gianetti; Gianluca Bortolami; Giuseppe Guerini;
Axel Merckx; Wilfried Nelissen; Peter Van Petegem; Franco Ballerini; Beat Zberg;
Oscar Camenzind; Mariano Piccoli; Laurent Madouas; Jacky Durand; Christophe Moreau;
Didier Rous; Léon van Bon#Van Bon; Max van Heeswijk#Van Heeswijk; Jesper Skibby; Brian Holm;
Marcel Wüst; Christian Henn; Georg Totschnig; Zenon Jaskuła; Dariusz Baranowski;
José María Jiménez; Manuel Beltrán

athletics 1988-2000
Obadele Thompson; Davidson Ezinwa; Leroy Burrell; Mike Marsh; Butch Reynolds; Jamie Baulch;
William Tanui; Laban Rotich; Khalid Skah; Brahim Boulami; Tegla Loroupe; Fatuma Roba;
Uta Pippig; Valentina Yegorova; Virgilijus Alekna; Jürgen Schult; Andrey Abduvaliyev;
Balázs Kiss; Lance Deal; Igor Astapkovich; Tibor Gécsek; Raymond Hecht; Boris Henry;
Seppo Räty; Aki Parviainen; Okkert Brits; Maksim Tarasov; Igor Trandenkov; Jean Galfione;
Rodion Gataullin; Kenny Harrison; Yoelbi Quesada; Denis Kapustin; Frank Busemann; Erki Nool;
Inger Miller; Chandra Sturrup; Mary Onyali; Falilat Ogunkoya; Natalya Shikolenko;
Trine Hattestad; Heli Rantanen; Astrid Kumbernuss; Ilke Wyludda; Alina Astafei;
Chioma Ajunwa; Fiona May; Šárka Kašpárková

motorcycle racing 1988-2000
Doriano Romboni; Kazuto Sakata; Stefano Perugini; Masaki Tokudome; Noboru Ueda; Dirk Raudies;
Emilio Alzamora; Tomomi Manako; Jürgen Fuchs; Jean-Philippe Ruggia; Anthony Gobert;
Aaron Slight; Pierfrancesco Chili; Colin Edwards@1995-2014

rugby 1988-2000
Paul Grayson; Mike Catt; Tim Rodber; Kyran Bracken; Austin Healey; Arwel Thomas;
Jonathan Humphreys; Allan Bateman; Josh Kronfeld; Olo Brown; Craig Dowd; Walter Little;
Justin Marshall; Glen Osborne; Os du Randt#Du Randt; André Joubert; Henry Honiball;
James Small; Japie Mulder; Ruben Kruger; Jason Little; David Knox; Ben Tune; Joe Roff;
Owen Finegan; Thomas Castaignède; Christophe Lamaison; Fabien Galthié;
Philippe Bernat-Salles; Richard Dourthe; Laurent Cabannes; Olivier Merle;
Jean-Luc Sadourny; Massimo Cuttitta; Paolo Vaccari; Eric Elwood; Simon Geoghegan;
Rob Wainwright; Craig Chalmers; Kenny Logan; Doddie Weir; Bryan Redpath; Tony Stanger

boxing 1988-2000
Henry Akinwande; Frans Botha; Ray Mercer; Herbie Hide; Ike Quartey; Wilfredo Vázquez;
Marco Antonio Barrera; Érik Morales; Dariusz Michalczewski; Henry Maske;
Graciano Rocchigiani; Virgil Hill; Axel Schulz; Željko Mavrović;
Vitali Klitschko@1996-2013; Wladimir Klitschko@1996-2017

tennis 2019-2026
Rafael Nadal~Rafa Nadal; Alexander Zverev~Alex Zverev; Andrey Rublev~Andrei Rublev;
Daniil Medvedev

politics 1990-1999
Hafez al-Assad~Hafez Assad; Mohammad Khatami#Khatami@1997-2005; Ehud Barak@1995-2001;
Sheikh Hasina#@1996-2026

politics 2019-2026
Bashar al-Assad#Assad@2000-2024~Bashar Assad; Hassan Rouhani@2013-2021;
Ebrahim Raisi@2021-2024; Muhammad Yunus#Yunus@2024-2026; Ali Khamenei=Ayatollah Khamenei

royalty 1990-1999
Mohammed VI of Morocco#@1999-2026=King Mohammed; Qaboos bin Said#Qaboos@1970-2020=Sultan Qaboos;
Zayed bin Sultan Al Nahyan#Zayed@1971-2004=Sheikh Zayed; Norodom Sihanouk#@1993-2004=King Sihanouk

royalty 2019-2026
Hamad bin Isa Al Khalifa#@2002-2026=King Hamad; Haitham bin Tariq#Haitham@2020-2026=Sultan Haitham;
Vajiralongkorn#@2016-2026=King Vajiralongkorn; Philippe of Belgium#@2013-2026=King Philippe;
Pope Benedict XVI#@2005-2013=Pope Benedict; Patriarch Kirill of Moscow#@2009-2026=Patriarch Kirill
"""

# Session 41 (people41): more people news and 1996 wire copy name, by hand from the author's
# knowledge of English Wikipedia's titles (CC BY-SA 4.0), none taken from an eval file: 1996
# sportspeople across sports and countries (squash and rallying new), 2024-2026 office holders
# worldwide (heads of state and government, ministers, central bank governors, heads of UN and
# other international bodies), business leaders; titles with their disambiguation where English
# Wikipedia has one, of the kinds the gold sets title so ("(golfer)", "(cricketer)", "(boxer)",
# "(squash player)", "(<Country> politician)": "Mark James (golfer)", "David Levy (Israeli
# politician)"), which count only where the copy is about the row's field; other kinds ("(sprinter)",
# "(diplomat)", "(businessman)", "(racing driver)", one-name footballers) stay plain or out, as
# every opened and dev gold set writes them plain ("Michael Johnson", "Tom Fletcher"); other
# spellings copy writes ("Aleksandr Lebed", "Kostas Simitis", "Abdourahamane Tiani", short given
# names: "Ollie Bearman", "Kimi Antonelli"). A name already above keeps its row (the years
# widen, the spellings add up).
BLOCKS_41 = """
tennis 1988-2000
Dominik Hrbatý@1996-2010; Magnus Norman@1995-2004; Andrei Pavel@1995-2009; Julie Halard-Decugis@1987-2000;
Marat Safin@1997-2009; Jordi Arrese; Gianluca Pozzi; Cristiano Caratti; Omar Camporese;
Stefano Pescosolido; Karim Alami; David Wheaton; Aaron Krickstein; Richey Reneberg;
Sjeng Schalken@1995-2006; Dick Norman@1993-2011; Jared Palmer; Lucas Arnold Ker#Arnold Ker;
Jaime Oncins; Nicolás Pereira; Mauricio Hadad; Sébastien Lareau; Daniel Nestor@1991-2018;
Grant Connell; Markus Zoecke; Alexander Volkov; Chris Wilkinson; Mark Petchey; Dinu Pescariu;
Katarína Studeníková; Petra Langrová; Radka Zrubáková; Petra Begerow; Meike Babel;
Barbara Rittner; Elena Wagner; Elena Makarova; Natalia Medvedeva; Tatiana Panova@1995-2005;
Marianne Werdel; Yone Kamio; Kyoko Nagatsuka; Miho Saeki; Rika Hiraki; Rachel McQuillan;
Nicole Bradtke; Els Callens; Laurence Courtois; Karin Kschwendt; Alexia Dechaume-Balleret;
Anne-Gaëlle Sidot; Gala León García#León García; María Antonia Sánchez Lorenzo#Sánchez Lorenzo;
Cristina Torrens Valero#Torrens Valero; Ángeles Montolio; Mirjana Lučić@1997-2018;
Àlex Corretja@1991-2005~Alex Corretja; Carlos Moyá@1995-2010~Carlos Moya; Marcelo Ríos@1994-2004~Marcelo Rios

golf 1985-2002
Miguel Ángel Martín (golfer); Mark James (golfer)@1976-2002; David Howell (golfer)@1995-2013;
Greg Turner (golfer); Raymond Russell; Russell Claydon; Paul Broadhurst@1988-2026; Jamie Spence;
Gary Orr; Peter Mitchell (golfer); Roger Chapman (golfer); Mark Roe; Andrew Oldcorn;
Paul Eales; Jonathan Lomas; Des Smyth; Eamonn Darcy; Philip Walton; Ronan Rafferty;
Christy O'Connor Jr.#O'Connor; Marc Farry; Emanuele Canonica; Silvio Grappasonni;
José María Cañizares; Klas Eriksson; Mats Lanner; Brett Ogle; Rodger Davis;
David Frost (golfer); Tony Johnstone; Vicente Fernández (golfer); Naomichi Ozaki;
Tsuneyuki Nakajima; Shigeki Maruyama@1992-2010; Steve Jones (golfer); Mark Brooks (golfer);
Paul Stankowski; Scott McCarron; Duffy Waldorf; Mark Calcavecchia; Fred Funk; Bob Tway;
Billy Mayfair; Craig Stadler; John Cook (golfer); Jay Haas; Bob Estes; Kelly Robbins;
Meg Mallon; Dottie Pepper; Alison Nicholas; Trish Johnson; Marie-Laure de Lorenzi#De Lorenzi

cricket 1988-2000
Chris Lewis (cricketer); Nick Knight (cricketer); John Crawley; Mark Ramprakash;
Jack Russell (cricketer); Peter Martin (cricketer); Min Patel; Rashid Latif; Ata-ur-Rehman;
Aaqib Javed; Ramiz Raja; Paul Adams (cricketer)@1995-2004; Dave Richardson; Brendon Julian;
Michael Kasprowicz; Sanjay Manjrekar; Paras Mhambrey; Saba Karim; Upul Chandana;
Pramodya Wickramasinghe; Chris Harris (cricketer); Roger Twose; Gavin Larsen; Dion Nash;
Lee Germon; Sherwin Campbell; Courtney Browne; Ottis Gibson; Keith Arthurton;
Alistair Campbell (cricketer); Guy Whittall; Andy Whittall; Dave Houghton; Eddo Brandes;
Bryan Strang; Aamer Sohail@1992-1998~Aamir Sohail; Salim Malik@1982-1999~Saleem Malik

squash 1985-2000
Jansher Khan@1986-2001; Rodney Eyles; Peter Nicol@1992-2006; Brett Martin (squash player);
Chris Walker (squash player); Simon Parke; Peter Marshall (squash player); Ahmed Barada;
Jahangir Khan@1979-1993; Chris Dittmar; Michelle Martin (squash player); Sarah Fitz-Gerald;
Cassie Jackman; Suzanne Horner; Liz Irving; Susan Devoy@1980-1992

squash 2019-2026
Ali Farag; Mohamed El Shorbagy; Paul Coll; Diego Elías; Mostafa Asal; Nour El Sherbini;
Nouran Gohar; Hania El Hammamy; Joelle King; Nour El Tayeb

cycling 1988-2000
Roberto Heras@1995-2005; Álvaro Mejía; Hernán Buenahora; Oliverio Rincón; Daniele Nardello;
Davide Rebellin@1992-2022; Gianni Faresin; Massimo Podenzana; Enrico Zaina; Jean-Cyril Robin;
Erik Dekker@1992-2006; Ján Svorada; Wilfried Peeters; Johan Bruyneel; Prudencio Induráin#;
Francesco Frattini; Laurent Roux

athletics 1988-2000
Vebjørn Rodal; Ludmila Formanová; Mark Crear; Florian Schwarthoff; Anier García; Mark McKoy;
Geir Moen; Osmond Ezinwa; Zhanna Pintusevich; Ekaterini Thanou; Chryste Gaines;
Pauline Davis-Thompson; Jearl Miles Clark; Grit Breuer; Sandie Richards; Regina Jacobs;
Carla Sacramento; Gete Wami; Roberta Brunet; Elana Meyer; Brigita Bukovec; Patricia Girard;
Aliuska López; Tonja Buford-Bailey; Inha Babakova; Heike Henkel; Ellina Zvereva;
Natalya Sadova; Randy Barnes; John Godina; Artur Partyka; Steinar Hoen; Patrik Sjöberg;
James Beckford; Eduard Hämäläinen; Abdi Bile; Paul Bitok; Shem Kororia; Dieter Baumann;
Tom Nyariki; Josephat Machuka; Joseph Keter; Patrick Sang; Wilson Boit Kipketer#;
Lee Bong-ju#; Erick Wainaina; Vincent Rousseau; Steve Moneghetti; Dionicio Cerón;
Germán Silva; Khalid Khannouchi@1997-2007; Robert Korzeniowski; Jefferson Pérez;
Valentí Massana; Fabrizio Mori; Stéphane Diagana; Glenroy Gilbert; Robert Esmie

rallying 1985-2000
Tommi Mäkinen@1987-2003; Carlos Sainz@1980-2026; Colin McRae@1986-2007; Juha Kankkunen;
Didier Auriol; Kenneth Eriksson; Richard Burns@1990-2003; Armin Schwarz; Piero Liatti;
Freddy Loix; Andrea Aghini; François Delecour; Gilles Panizzi; Marcus Grönholm@1996-2010

rallying 2019-2026
Sébastien Loeb@1998-2026; Sébastien Ogier@2008-2026; Kalle Rovanperä; Ott Tänak; Thierry Neuville;
Elfyn Evans; Adrien Fourmaux; Takamoto Katsuta; Nasser Al-Attiyah@2004-2026;
Yazeed Al-Rajhi; Henk Lategan; Stéphane Peterhansel@1988-2026; Ricky Brabec; Toby Price;
Kevin Benavides#; Luciano Benavides#; Mattias Ekström

motor racing 1990-2000
Jimmy Vasser; Alex Zanardi; Michael Andretti; Al Unser Jr.#Unser; Gil de Ferran#De Ferran;
Christian Fittipaldi; Paul Tracy; Greg Moore@1995-1999; André Ribeiro;
Adrián Fernández; Bobby Rahal; Scott Pruett; Mauricio Gugelmin; Raul Boesel; Buddy Lazier;
Arie Luyendyk; Emerson Fittipaldi; Bryan Herta; Mark Blundell

motor racing 2019-2026
Álex Palou; Josef Newgarden; Scott Dixon; Pato O'Ward; Colton Herta; Will Power; Scott McLaughlin;
Kyle Larson; Denny Hamlin; Ryan Blaney; Joey Logano; Chase Elliott;
Andrea Kimi Antonelli@2025-2026~Kimi Antonelli; Alexander Albon~Alex Albon; Oliver Bearman@2024-2026~Ollie Bearman;
Carlos Sainz Jr.@2015-2026~Carlos Sainz Vázquez de Castro; Zhou Guanyu@2022-2024~Guanyu Zhou

alpine skiing 1988-2000
Sonja Nef; Urška Hrovat; Špela Pretnar; Anja Pärson@1998-2012; Michaela Dorfmeister@1991-2006;
Katja Koren; Jure Košir; Mitja Kunc; Pierrick Bourgeat; Hannes Trinkl; Peter Runggaldier;
Steve Locher; Didier Cuche@1993-2012; Bruno Kernen; William Besse; Kjetil André Aamodt

boxing 1988-2000
Steve Collins (boxer)@1986-1997; Andrew Gołota; Oliver McCall; James Toney; Michael Carbajal;
Wayne McCullough; Orlin Norris; Lou Savarese; Peter McNeeley; Thomas Hearns; Roberto Durán;
Iran Barkley; Julian Jackson; Terry Norris; Jesse James Leija; Arturo Gatti; Azumah Nelson;
Gabriel Ruelas; Genaro Hernández; Ricardo López (boxer); Kennedy McKinney; Vuyani Bungu;
Daniel Zaragoza; Kostya Tszyu; Frankie Randall; Buddy McGirt; Michael Nunn; Sven Ottke;
Chris Byrd; Shannon Briggs; Barry Hearn@1980-2026; Don King; Bob Arum

boxing 2019-2026
Joseph Parker (boxer); Zhilei Zhang; Filip Hrgović; Agit Kabayel; Martin Bakole; Jai Opetaia;
David Benavidez; Junto Nakatani; Jermell Charlo; Jaron Ennis; Teófimo López; Vasiliy Lomachenko;
Keyshawn Davis; Chris Eubank Jr.#Eubank; Conor Benn; Josh Taylor (boxer); Jack Catterall;
Natasha Jonas; Claressa Shields; Katie Taylor; Chantelle Cameron; Amanda Serrano

football 1988-2000
Romário@1985-2009;
Bebeto; Rivaldo@1991-2015; Raí; Cafu@1990-2008; Aldair; Dunga;
Roberto Carlos@1991-2015; Mauro Silva; Hernán Crespo@1993-2012; Juan Sebastián Verón@1994-2014;
Abel Balbo; Francesco Totti@1992-2017; Marco Delvecchio; Dino Baggio; Christian Panucci;
Javier Zanetti@1993-2014; Maurizio Ganz; Nicola Berti; Lilian Thuram@1991-2008;
Gianluigi Buffon@1995-2023; Nestor Sensini; Diego Fuser; Vincent Candela; Francesco Toldo;
Christian Karembeu; Stefan Schwarz; Márcio Amoroso; Thomas Helveg; Paolo Poggi;
Fernando Redondo; Manolo Sanchís; Bodo Illgner; José Emilio Amavisca; Juan Antonio Pizzi;
Sergi Barjuán#Sergi; Albert Ferrer; Pep Guardiola@1990-2026~Josep Guardiola; Vítor Baía; Miguel Ángel Nadal;
Milinko Pantić; Juan Eduardo Esnáider; Noureddine Naybet; Adrian Ilie; Claudio López;
Ariel Ortega; Alfonso Pérez; Finidi George; Robert Jarni; Joseba Etxeberria; Ismael Urzaiz;
Darko Kovačević; Aleksandr Mostovoi; Viktor Onopko; Karl-Heinz Riedle; Stéphane Chapuisat;
Lars Ricken; Heiko Herrlich; Stefan Reuter; Alexander Zickler; Ruggiero Rizzitelli;
Christian Nerlinger; Thomas Strunz; Youri Mulder; Martin Max; Olaf Thon; Marco Bode;
Harald Spörl; Karsten Bäron; Sean Dundee; Thorsten Fink; Michael Tarnat; Stefan Beinlich;
Mikkel Beck; Frank Leboeuf; Mark Hughes; Nicky Butt; Paul Scholes@1993-2013; Phil Neville;
John Hartson; Stan Collymore; John Barnes; Peter Beardsley; Keith Gillespie; Savo Milošević;
Mark Bosnich; Egil Østenstad; Kevin Gallacher; Tim Sherwood; Andrei Kanchelskis;
Chris Armstrong; Andy Booth; Dean Holdsworth; Vinnie Jones; Julian Dicks; Gary McAllister;
Noel Whelan; Peter Ndlovu; Georgi Kinkladze; Uwe Rösler; Roy Evans; Bryan Robson;
Howard Wilkinson; Joe Kinnear; Gerry Francis; Ray Harford; Frank Clark; Dave Bassett;
Howard Kendall; Brian Little; Ron Atkinson; Gordon Strachan; Florian Maurice; Patrice Loko;
Stéphane Guivarc'h; Robert Pirès; Reynald Pedros; Nicolas Ouédec; Japhet N'Doram;
Ibrahima Bakayoko; Bernard Lama; Fabien Barthez@1990-2006; Ibrahim Ba; Thierry Henry@1994-2014;
David Trezeguet@1995-2014; Ronald de Boer#; Frank de Boer#; Winston Bogarde; Michael Reiziger;
Danny Blind; Richard Witschge; Tijjani Babangida; Wim Jonk; Boudewijn Zenden;
Henrik Larsson@1992-2009; Giovanni van Bronckhorst#Van Bronckhorst; Regi Blinker;
Dick Advocaat@1989-2026; Leo Beenhakker; Domingos Paciência; Jorge Costa;
Sérgio Conceição; Nuno Gomes@1994-2011; Ricardo Sá Pinto; Jörg Albertz; Gordon Durie;
Andy Goram; Pierre van Hooijdonk#Van Hooijdonk; Jorge Cadete; Walter Smith; Tommy Burns;
Sergen Yalçın; Rüştü Reçber; Tugay Kerimoğlu; Oğuz Çetin; Arif Erdem; Tayfun Korkut;
Fatih Terim@1990-2026; Predrag Đorđević; Nikos Machlas; Krzysztof Warzycha; Demis Nikolaidis;
Valery Karpin; Igor Kolyvanov; Dmitri Alenichev; Vladimir Beschastnykh; Dmitri Khokhlov;
Yegor Titov; Oleg Romantsev; Jiří Němec; Petr Kouba; Tomáš Řepka; Radoslav Látal;
Luboš Kubík; Michal Horňák; Dušan Uhrin; Robert Jarni; Aljoša Asanović; Mario Stanić;
Goran Vlaović; Dražen Ladić; Miroslav Blažević; Nikola Jurčević; Dragan Stojković;
Slaviša Jokanović; Miroslav Đukić; Albert Nađ; Slobodan Santrač; Viorel Moldovan;
Dorinel Munteanu; Bogdan Stelea; Anghel Iordănescu; Emil Kostadinov; Yordan Letchkov;
Trifon Ivanov; Borislav Mihaylov; Tore André Flo; Stig Inge Bjørnebye; Ronny Johnsen;
Kjetil Rekdal; Jostein Flo; Øyvind Leonhardsen; Egil Olsen; Marc Rieper; Ebbe Sand;
Jonas Thern; Patrik Andersson; Thomas Ravelli; Klas Ingesson; Pär Zetterberg;
Jesper Blomqvist; Kubilay Türkyilmaz; Ciriaco Sforza; Alain Sutter; Adrian Knup;
Marco Grassi; Ramon Vega; Murat Yakin; Niall Quinn; Tony Cascarino; Steve Staunton;
Andy Townsend; Jason McAteer; Mick McCarthy; Dean Saunders; Marcelo Gallardo;
Roberto Ayala; Enzo Francescoli; Freddy Rincón; René Higuita; Paolo Montero; Álvaro Recoba;
Daniel Fonseca; Jorge Campos; Cuauhtémoc Blanco; Alexi Lalas; Eric Wynalda; Claudio Reyna;
Tab Ramos; Kasey Keller; Sunday Oliseh; Daniel Amokachi; Emmanuel Amunike; Roger Milla;
Rigobert Song; Mark Fish; Lucas Radebe; Phil Masinga; Doctor Khumalo; Mustapha Hadji;
Davor Šuker@1984-2003~Davor Suker; Luís Figo@1989-2009~Luis Figo

football 2019-2026
Pedri; Raphinha; Rodrygo; Casemiro; Marquinhos; Neymar;
Gonçalo Ramos; Pedro Neto; Diogo Jota@2014-2025; Warren Zaïre-Emery; Joshua Kimmich;
Leroy Sané; Kai Havertz; İlkay Gündoğan; Antonio Rüdiger; Niclas Füllkrug; Serge Gnabry;
Thomas Müller@2008-2026; Leon Goretzka; Conor Gallagher; Kobbie Mainoo; Gabriel Martinelli;
Gabriel Jesus; Leandro Trossard; Ryan Gravenberch; Ibrahima Konaté; James Maddison;
Micky van de Ven#Van de Ven; Cristian Romero; Dejan Kulusevski; Richarlison; Nicolas Jackson;
Noni Madueke; Liam Delap; Youri Tielemans; Amadou Onana; Yoane Wissa; Jean-Philippe Mateta;
Marc Guéhi; Justin Kluivert; Evanilson; Jørgen Strand Larsen#Strand Larsen; Matheus Nunes;
Manuel Akanji; Mateo Kovačić; Ferran Torres; Íñigo Martínez; Marc Casadó;
Wojciech Szczęsny; Éder Militão; Dani Carvajal; Giuliano Simeone; Koke; Jan Oblak;
Iñaki Williams#; Oihan Sancet; Takefusa Kubo; Isco; Ayoze Pérez; Gerard Moreno; Iago Aspas;
Federico Dimarco; Alessandro Bastoni; Yann Sommer; Piotr Zieliński; Henrikh Mkhitaryan;
Christian Pulisic; Theo Hernández; Mike Maignan; Tijjani Reijnders; Santiago Giménez;
Teun Koopmeiners; Jonathan David; Gleison Bremer#Bremer; Romelu Lukaku; Scott McTominay;
Giovanni Di Lorenzo#Di Lorenzo; Stanislav Lobotka; Alex Meret; Charles De Ketelaere#De Ketelaere;
Paulo Dybala; Artem Dovbyk; Lorenzo Pellegrini; Mattia Zaccagni; Moise Kean;
Albert Guðmundsson; Cristian Chivu; Massimiliano Allegri; Igor Tudor; Gian Piero Gasperini;
Vincenzo Italiano; Maurizio Sarri; Stefano Pioli; Thiago Motta; Ernesto Valverde;
Manuel Pellegrini; Ronald Koeman; Dorival Júnior#Dorival; Fernando Diniz; Niko Kovač;
Sebastian Hoeneß; Oliver Glasner; Nuno Espírito Santo#Espírito Santo; Andoni Iraola;
Marco Silva; Eddie Howe; Graham Potter; Kieran McKenna; Fabian Hürzeler; Daniel Farke;
Marco Rose; Régis Le Bris#Le Bris

politics 1990-1999
Wolfgang Schäuble@1984-2023; Norbert Blüm@1982-1998; Günter Rexrodt@1993-1998;
Volker Rühe@1992-1998; Rudolf Scharping@1993-2002; Roman Herzog@1994-1999;
Edmund Stoiber@1993-2007; Wolfgang Schüssel@1995-2007; Jörg Haider@1986-2008;
Kaspar Villiger@1989-2003; Flavio Cotti@1987-1999; Jean-Pascal Delamuraz@1983-1998;
Charles Millon@1995-1997; Jean-Louis Debré@1995-2007; François Bayrou@1993-2026;
Philippe Séguin@1993-1999; Jean-Marie Le Pen@1972-2011; Jaime Mayor Oreja#Mayor Oreja@1996-2004;
Josep Piqué@1996-2003; Oscar Luigi Scalfaro#Scalfaro@1992-1999; Antonio Di Pietro@1996-2013;
Walter Veltroni@1996-2008; Gianfranco Fini@1994-2011; Umberto Bossi@1991-2012;
Jaime Gama@1995-2002; Costas Simitis@1996-2004~Kostas Simitis;
Akis Tsochatzopoulos@1996-2001; Yannos Papantoniou@1994-2001; Andreas Papandreou@1981-1996;
Glafcos Clerides@1993-2003; Rauf Denktaş@1983-2005; Sali Berisha@1992-2026;
Momčilo Krajišnik@1996-2000; Biljana Plavšić@1996-1998; Radovan Karadžić@1992-1996;
Ratko Mladić@1992-1996; Krešimir Zubak@1996-1998; Haris Silajdžić@1993-2010;
Carl Bildt@1991-2019; Richard Holbrooke@1994-2010; Mate Granić@1993-2000;
Zlatko Mateša@1995-2000; Zoran Đinđić@1994-2003; Vuk Drašković@1990-2006;
Milan Milutinović@1995-2002; Momir Bulatović@1990-2000; Milo Đukanović@1991-2026;
Branko Crvenkovski@1992-2009; Guntis Ulmanis@1993-1999; Algirdas Brazauskas@1993-2006;
Lennart Meri@1992-2001; Tiit Vähi@1995-1997; Bjørn Tore Godal@1994-1997;
Niels Helveg Petersen@1993-2000; Lena Hjelm-Wallén@1994-2002; Tarja Halonen@1995-2012;
Mikhail Chigir@1994-1996; Hennadiy Udovenko@1994-1998; Aslan Maskhadov@1994-2005;
Zelimkhan Yandarbiyev@1996-1997; Dzhokhar Dudayev@1991-1996; Doku Zavgayev@1995-1996;
Anatoly Kulikov@1995-1998; Igor Rodionov@1996-1997; Pavel Grachev@1992-1996;
Alexander Korzhakov@1991-1996; Oleg Soskovets@1993-1996; Yegor Gaidar@1991-1999;
Sergei Dubinin@1995-1998; Mikhail Gorbachev@1985-1996; Islam Karimov@1990-2016;
Saparmurat Niyazov@1990-2006; Askar Akayev@1990-2005; Heydar Aliyev@1993-2003~Heidar Aliyev;
Alexander Lebed@1996-1998~Aleksandr Lebed; Franjo Tuđman@1990-1999~Franjo Tudjman;
David Levy (Israeli politician)@1977-2006; Yitzhak Mordechai@1996-1999; Ariel Sharon@1996-2006;
Dore Gold@1996-1999; Ezer Weizman@1993-2000; Dan Meridor@1996-1997; Saeb Erekat@1995-2020;
Nabil Shaath@1994-2005; Faisal Husseini@1993-2001; Ahmed Qurei@1996-2006; Amr Moussa@1991-2011;
Tariq Aziz@1983-2003; Farouk al-Sharaa#@1984-2006; Rafic Hariri@1992-2005; Elias Hrawi@1989-1998;
Ali Akbar Velayati@1981-1997; Farooq Leghari@1993-1997; Asif Ali Zardari@1993-2026;
Khaleda Zia@1991-2006; Chandrika Kumaratunga@1994-2005; Lakshman Kadirgamar@1994-2005;
P. Chidambaram@1996-2014; Inder Kumar Gujral#Gujral@1996-1998~I. K. Gujral;
Jyoti Basu@1977-2000; Sitaram Kesri@1996-1998; Manmohan Singh#@1991-2014;
L. K. Advani#Advani@1986-2009; Pranab Mukherjee@1995-2017; Lee Kuan Yew#@1959-2015;
Ali Alatas@1988-1999; Megawati Sukarnoputri#Megawati@1993-2004; B. J. Habibie#Habibie@1978-1999;
José Ramos-Horta@1996-2026; Carlos Filipe Ximenes Belo#Belo@1996-2002; Joseph Estrada@1992-2001;
Tung Chee-hwa#@1996-2005; Chris Patten@1992-1999; Kim Jong-il#@1994-2011;
Tomiichi Murayama#Murayama@1994-1996; Alexander Downer@1994-2007; Peter Costello@1994-2007;
Tim Fischer@1990-1999; Kim Beazley@1996-2007; Winston Peters@1993-2026; Don McKinnon@1990-2008;
Mike Moore (New Zealand politician)@1990-2002; Lloyd Axworthy@1996-2000;
Lucien Bouchard@1996-2001; Bob Dole@1985-1996; Newt Gingrich@1995-1999; Jack Kemp@1996-1996;
Ross Perot@1992-1996; William J. Perry#Perry@1994-1997; Mickey Kantor@1993-1997;
Leon Panetta@1994-1997; Hillary Clinton@1993-2016; Anthony Lake@1993-1997;
Roque Fernández@1996-1999; Guido di Tella@1991-1999; Pedro Malan@1995-2002;
Gonzalo Sánchez de Lozada#Sánchez de Lozada@1993-2003; Julio María Sanguinetti@1995-2000;
Juan Carlos Wasmosy@1993-1998; Abdalá Bucaram@1996-1997; Álvaro Arzú@1996-2000;
Mangosuthu Buthelezi@1994-2004; Trevor Manuel@1996-2009; Alfred Nzo@1994-1999;
Yoweri Museveni@1986-2026; Paul Kagame@1994-2026; Pasteur Bizimungu@1994-2000;
Pierre Buyoya@1996-2003; Sylvestre Ntibantunganya@1994-1996; Mobutu Sese Seko#Mobutu@1965-1997;
Laurent-Désiré Kabila#Kabila@1996-2001; Jerry Rawlings@1981-2001; Sani Abacha@1993-1998;
Charles Taylor (Liberian politician)@1989-2003; Alhaji Kromah@1993-1997; George Boley@1993-1997;
Abdou Diouf@1981-2000; Omar Bongo@1967-2009; Paul Biya@1982-2026; Blaise Compaoré@1987-2014;
Idriss Déby@1990-2021; Mohamed Farrah Aidid@1991-1996; Meles Zenawi@1991-2012;
Isaias Afwerki@1991-2026; Omar al-Bashir#Bashir@1989-2019; Hassan al-Turabi#Turabi@1989-2004;
Liamine Zéroual@1994-1999; Zine El Abidine Ben Ali#Ben Ali@1987-2011;
Muammar Gaddafi@1969-2011~Moammar Gadhafi~Muammar Qaddafi~Moammar Gaddafi~Muammar al-Gaddafi;
Abdellatif Filali@1994-1999; Frederick Chiluba@1991-2002; Sam Nujoma@1990-2005;
Ketumile Masire@1980-1998; Joaquim Chissano@1986-2005; José Eduardo dos Santos#Dos Santos@1979-2017;
Jonas Savimbi@1966-2002; Benjamin Mkapa@1995-2005; Ange-Félix Patassé@1993-2003;
Henri Konan Bédié@1993-1999; Alpha Oumar Konaré@1992-2002; Didier Ratsiraka@1975-2002;
Emomali Rahmon@1992-2026~Emomali Rakhmonov~Imomali Rakhmonov;
Atal Bihari Vajpayee@1996-2004~Atal Behari Vajpayee; Lou Gerstner@1993-2002~Louis Gerstner; Ferdinand Marcos#@1965-1986

politics 2019-2026
Howard Lutnick@2025-2026; Kristi Noem@2019-2026; Pam Bondi@2011-2026;
Robert F. Kennedy Jr.#Kennedy@2023-2026; Tulsi Gabbard@2013-2026; Kash Patel@2025-2026;
Doug Burgum@2016-2026; Brooke Rollins@2025-2026; Jamieson Greer@2025-2026;
Kevin Hassett@2017-2026; Stephen Miran@2025-2026; Michelle Bowman@2018-2026;
Christopher Waller@2020-2026; Austan Goolsbee@2023-2026; Adriana Kugler@2023-2025;
Alberto Musalem@2024-2026; Neel Kashkari@2016-2026; Lorie Logan@2022-2026;
Raphael Bostic@2017-2025; Beth Hammack@2024-2026; Mike Waltz@2019-2026;
Steve Witkoff@2025-2026; Keith Kellogg@2017-2026; Dan Caine@2025-2026; Susie Wiles@2024-2026;
Mark Milley@2015-2023; Joseph Dunford@2015-2019; Martin Dempsey@2011-2015; Mike Mullen@2007-2011;
Karoline Leavitt@2025-2026; Elise Stefanik@2015-2026; John Thune@2005-2026;
Chuck Schumer@1999-2026; Hakeem Jeffries@2013-2026; Marty Makary@2025-2026~Martin Makary;
Jay Bhattacharya@2025-2026; Mehmet Oz@2022-2026; Lee Zeldin@2015-2026; Sean Duffy@2011-2026;
Linda McMahon@2017-2026; Lori Chavez-DeRemer@2023-2026; Russell Vought@2018-2026;
Lloyd Austin@2021-2025; Merrick Garland@2021-2025; Alejandro Mayorkas@2021-2025;
Gina Raimondo@2015-2025; Jake Sullivan@2021-2025; Katherine Tai@2021-2025; Tom Homan@2017-2026;
George W. Bush#@1995-2009; George H. W. Bush#@1981-1993; Gavin Newsom@2011-2026;
Ron DeSantis@2013-2026; Greg Abbott@2015-2026; Kathy Hochul@2015-2026; JB Pritzker@2019-2026;
Zohran Mamdani@2021-2026; Eric Adams@2022-2025; Karen Bass@2011-2026; Bernie Sanders@1991-2026;
Mitch McConnell@1985-2026; Nancy Pelosi@1987-2026; Erika McEntarfer@2024-2025;
John Healey@2024-2026; Wes Streeting@2024-2026; Ed Miliband@2010-2026; Angela Rayner@2020-2025;
Pat McFadden@2024-2026; Shabana Mahmood@2024-2026; Kemi Badenoch@2022-2026;
Nigel Farage@1999-2026; Ed Davey@2019-2026; Bridget Phillipson@2024-2026; Peter Kyle@2024-2026;
Darren Jones@2024-2026; Jonathan Reynolds@2024-2026; Lisa Nandy@2024-2026;
Liz Kendall@2024-2026; Steve Reed@2024-2026; Louise Haigh@2024-2024; Hilary Benn@2024-2026;
Sadiq Khan@2016-2026; John Swinney@2007-2026; Michelle O'Neill@2020-2026;
Emma Little-Pengelly@2024-2026; Eluned Morgan@2024-2026; Vaughan Gething@2024-2024;
James Cleverly@2019-2026; Robert Jenrick@2019-2026; Priti Patel@2019-2026;
Suella Braverman@2020-2026; Boris Johnson@2001-2022; Liz Truss@2010-2024; Theresa May@1997-2024;
Michael D. Higgins#Higgins@2011-2025; Catherine Connolly@2025-2026; Helen McEntee@2020-2026;
Mary Lou McDonald#McDonald@2018-2026; Leo Varadkar@2011-2024;
Élisabeth Borne@2017-2026; Bruno Retailleau@2024-2026; Gérald Darmanin@2017-2026;
Catherine Vautrin@2022-2026; Rachida Dati@2024-2026; Roland Lescure@2022-2026;
Antoine Armand@2024-2024; Amélie de Montchalin#De Montchalin@2019-2026; Éric Ciotti@2022-2026;
Raphaël Glucksmann@2019-2026; Olivier Faure@2018-2026; Édouard Philippe@2017-2026;
Boris Pistorius@2023-2026; Alexander Dobrindt@2025-2026; Katherina Reiche@2025-2026;
Jörg Kukies@2024-2025; Robert Habeck@2021-2025; Nancy Faeser@2021-2025; Markus Söder@2018-2026;
Hendrik Wüst@2021-2026; Sahra Wagenknecht@2023-2026; Tino Chrupalla@2019-2026;
Julia Klöckner@2018-2026; Bärbel Bas@2021-2026; Herbert Kickl@2021-2026;
Beate Meinl-Reisinger@2025-2026; Andreas Babler@2023-2026; Markus Marterbauer@2025-2026;
Magnus Brunner@2020-2026; Viola Amherd@2019-2025; Guy Parmelin@2016-2026;
Albert Rösti@2023-2026; Beat Jans@2024-2026; Elisabeth Baume-Schneider@2023-2026;
Martin Pfister@2025-2026; Maxime Prévot@2025-2026; Jan Jambon@2019-2026;
Vincent Van Peteghem@2020-2025; Hadja Lahbib@2022-2026; Caspar Veldkamp@2024-2025;
Eelco Heinen@2024-2026; Frans Timmermans@2019-2026; Rob Jetten@2023-2026;
Pieter Omtzigt@2023-2025; Xavier Bettel@2013-2026; Maria Malmer Stenergard@2022-2026;
Elisabeth Svantesson@2022-2026; Pål Jonson@2022-2026; Magdalena Andersson@2019-2026;
Nicolai Wammen@2019-2026; Troels Lund Poulsen#Lund Poulsen@2022-2026;
Espen Barth Eide#Barth Eide@2021-2026; Erna Solberg@2013-2026; Elina Valtonen@2023-2026;
Riikka Purra@2023-2026; Sauli Niinistö@2012-2024; Bjarni Benediktsson@2017-2024;
Halla Tómasdóttir@2024-2026; Margus Tsahkna@2023-2026; Baiba Braže@2024-2026;
Gintautas Paluckas@2024-2025; Inga Ruginienė@2025-2026; Kęstutis Budrys@2025-2026;
Władysław Kosiniak-Kamysz@2023-2026; Szymon Hołownia@2023-2026; Jarosław Kaczyński@2015-2026;
Adam Glapiński@2016-2026; Jan Lipavský@2021-2025; Zbyněk Stanjura@2021-2025;
Aleš Michl@2022-2026; Tomio Okamura@2013-2026; Juraj Blanár@2023-2026; Peter Kažimír@2019-2026;
György Matolcsy@2013-2025; Péter Magyar@2024-2026; Mugur Isărescu@1990-2026;
George Simion@2020-2026; Călin Georgescu@2024-2025; Dimitar Glavchev@2024-2025;
Boyko Borissov@2009-2026; Konstantinos Tasoulas@2019-2026; Katerina Sakellaropoulou@2020-2025;
Kostis Hatzidakis@2019-2026; Giorgos Gerapetritis@2023-2026; Yannis Stournaras@2014-2026;
Alexis Tsipras@2015-2026; Robert Abela@2020-2026; Myriam Spiteri Debono@2024-2026;
Gordan Grlić Radman#Grlić Radman@2019-2026; Boris Vujčić@2012-2026; Tanja Fajon@2022-2026;
Miloš Vučević@2022-2026; Đuro Macut@2025-2026; Ana Brnabić@2017-2026; Marko Đurić@2024-2026;
Jakov Milatović@2022-2026; Milojko Spajić@2022-2026; Denis Bećirović@2022-2026;
Željka Cvijanović@2018-2026; Milorad Dodik@2006-2026; Željko Komšić@2006-2026;
Hristijan Mickoski@2017-2026; Gordana Siljanovska-Davkova@2024-2026; Albin Kurti@2019-2026;
Vjosa Osmani@2020-2026; Bajram Begaj@2022-2026; Maia Sandu@2019-2026; Dorin Recean@2023-2025;
Denys Shmyhal@2020-2026~Denis Shmyhal; Andrii Sybiha@2024-2026~Andriy Sybiha; Andriy Yermak@2020-2025;
Rustem Umerov@2023-2026; Kyrylo Budanov@2020-2026; Valerii Zaluzhnyi@2021-2026;
Oleksandr Syrskyi@2023-2026; Serhiy Marchenko@2022-2026; Andriy Pyshnyy@2022-2026;
Sergey Lavrov@2004-2026~Sergei Lavrov; Dmitry Peskov@2012-2026~Dmitri Peskov;
Sergei Shoigu@2012-2026~Sergey Shoigu;
Dmitry Medvedev@2008-2026~Dmitri Medvedev; Valery Gerasimov@2012-2026; Maria Zakharova@2015-2026;
Yuri Ushakov@2012-2026~Yury Ushakov; Kirill Dmitriev@2025-2026; Vyacheslav Volodin@2016-2026;
Valentina Matviyenko@2011-2026; Ramzan Kadyrov@2007-2026; Alexei Navalny@2011-2024;
Yulia Navalnaya@2024-2026; Sviatlana Tsikhanouskaya@2020-2026; Irakli Kobakhidze@2024-2026;
Mikheil Kavelashvili@2024-2026; Salome Zourabichvili@2018-2024; Bidzina Ivanishvili@2012-2026;
Nikol Pashinyan@2018-2026; Ararat Mirzoyan@2021-2026; Ilham Aliyev@2003-2026;
Jeyhun Bayramov@2020-2026; Kassym-Jomart Tokayev@2019-2026; Shavkat Mirziyoyev@2016-2026;
Sadyr Japarov@2020-2026; Serdar Berdimuhamedow@2022-2026; Gurbanguly Berdimuhamedow@2007-2026;
Fatih Karahan@2024-2026; Ekrem İmamoğlu@2019-2026; Özgür Özel@2023-2026;
Devlet Bahçeli@1997-2026; Yaşar Güler@2023-2026; İbrahim Kalın@2023-2026;
Israel Katz@2019-2026; Yoav Gallant@2019-2024; Ron Dermer@2022-2026; Eyal Zamir@2025-2026;
Herzi Halevi@2023-2025; Ali Larijani@2025-2026; Mohammad Bagher Ghalibaf@2020-2026;
Hossein Amir-Abdollahian@2021-2024; Faisal bin Farhan Al Saud#@2019-2026;
Mohammed bin Abdulrahman bin Jassim Al Thani#@2016-2026; Abdullah bin Zayed Al Nahyan#@2006-2026;
Mohammed bin Rashid Al Maktoum#@2006-2026; Ayman Safadi@2017-2026; Jafar Hassan@2024-2026;
Joseph Aoun@2025-2026; Nawaf Salam@2025-2026; Najib Mikati@2021-2025; Nabih Berri@1992-2026;
Naim Qassem@2024-2026; Hassan Nasrallah@1992-2024; Mohammed Shia al-Sudani#Sudani@2022-2026;
Masrour Barzani#@2019-2026; Nechirvan Barzani#@2019-2026; Abdul Latif Rashid@2022-2026;
Yahya Sinwar@2017-2024; Ismail Haniyeh@2006-2024; Khalil al-Hayya#Hayya@2024-2026;
Badr Abdelatty@2024-2026; Mostafa Madbouly@2018-2026; Ahmed al-Sharaa#Sharaa@2024-2026~Abu Mohammed al-Jolani~Abu Mohammad al-Julani~Abu Mohammad al-Jolani;
Yoshimasa Hayashi@2021-2026; Takeshi Iwaya@2024-2025; Yoko Kamikawa@2023-2024;
Katsunobu Kato@2024-2025; Yoshihiko Noda@2011-2026; Yuichiro Tamaki@2018-2026;
Ryosei Akazawa@2024-2026; Toshimitsu Motegi@2019-2026; Han Duck-soo#@2022-2025;
Choi Sang-mok#@2023-2025; Kim Moon-soo#@2024-2025; Han Dong-hoon#@2022-2025;
Cho Tae-yul#@2024-2025; Rhee Chang-yong#@2022-2026; Woo Won-shik#@2024-2026;
Lai Ching-te#@2020-2026; Cho Jung-tai#@2024-2026; Hsiao Bi-khim#@2024-2026;
Tsai Ing-wen#@2016-2024; Ding Xuexiang#@2023-2026; Zhao Leji#@2023-2026; Cai Qi#@2023-2026;
He Lifeng#@2023-2026; Lan Fo'an#@2023-2026; Dong Jun#@2023-2026; John Lee Ka-chiu#@2022-2026;
Hassanal Bolkiah#@1967-2026; Joko Widodo#Widodo@2014-2024=Jokowi;
Sri Mulyani Indrawati#Sri Mulyani@2016-2025; Purbaya Yudhi Sadewa#Purbaya@2025-2026;
Gibran Rakabuming Raka#Gibran@2024-2026; Sara Duterte#@2016-2026; Rodrigo Duterte#@2016-2026;
Chiz Escudero@2022-2025~Francis Escudero; Martin Romualdez@2022-2025;
Srettha Thavisin#Srettha@2023-2024; Thaksin Shinawatra#Thaksin@2001-2026; Hun Manet#@2023-2026;
Hun Sen#@1985-2026; Sonexay Siphandone#@2022-2026; Lương Cường#@2024-2026;
Trần Thanh Mẫn#@2024-2026; Nguyễn Phú Trọng#@2011-2024; Võ Văn Thưởng#@2023-2024;
Min Aung Hlaing#@2021-2026; Aung San Suu Kyi#@2016-2026; Vivian Balakrishnan@2015-2026;
Lee Hsien Loong#@2004-2026; Tharman Shanmugaratnam#Tharman@2011-2026; Xanana Gusmão@2023-2026;
Droupadi Murmu@2022-2026; Amit Shah#@2019-2026; Rajnath Singh#@2019-2026;
Piyush Goyal@2019-2026; Ashwini Vaishnaw@2021-2026; Rahul Gandhi#@2019-2026;
Mallikarjun Kharge@2022-2026; Sanjay Malhotra@2024-2026; Shaktikanta Das@2018-2026;
B. R. Gavai#Gavai@2019-2025; Sanjiv Khanna@2019-2025; D. Y. Chandrachud#Chandrachud@2016-2024;
Ishaq Dar@2013-2026; Asim Munir@2022-2026; Imran Khan@1996-2026; Tarique Rahman@2008-2026;
Anura Kumara Dissanayake#Dissanayake@2019-2026; Harini Amarasuriya@2024-2026;
Ranil Wickremesinghe@1993-2024; Sajith Premadasa@2019-2026; Vijitha Herath@2024-2026;
Pushpa Kamal Dahal@2008-2026; Sushila Karki@2016-2026; Mohamed Muizzu@2023-2026;
Tshering Tobgay@2013-2026; Hibatullah Akhundzada@2016-2026; Amir Khan Muttaqi@2021-2026;
Richard Marles@2022-2026; Peter Dutton@2015-2025; Sussan Ley@2022-2026; Michele Bullock@2023-2026;
Nicola Willis@2023-2026; Chris Hipkins@2019-2026; Adrian Orr@2018-2025; James Marape@2019-2026;
Sitiveni Rabuka@1992-2026; Mark Brown (Cook Islands politician)@2020-2026;
Jeremiah Manele@2024-2026; Hilda Heine@2016-2026; Feleti Teo@2024-2026;
Anita Anand@2019-2026; François-Philippe Champagne@2019-2026; Dominic LeBlanc@2019-2026;
Pierre Poilievre@2019-2026; Doug Ford@2018-2026; Danielle Smith@2022-2026; Tiff Macklem@2020-2026;
Marcelo Ebrard@2018-2026; Juan Ramón de la Fuente#De la Fuente@2024-2025;
Rogelio Ramírez de la O#Ramírez de la O@2022-2024; Édgar Amador Zamora#Amador@2025-2026;
Victoria Rodríguez Ceja#Rodríguez Ceja@2022-2026; Mauro Vieira@2023-2026;
Geraldo Alckmin@2023-2026; Gabriel Galípolo@2023-2026; Roberto Campos Neto#Campos Neto@2019-2024;
Jair Bolsonaro@2019-2026; Alexandre de Moraes#De Moraes@2017-2026;
Victoria Villarruel@2023-2026; Gerardo Werthein@2024-2025; Santiago Bausili@2023-2026;
José Antonio Kast@2017-2026; Evelyn Matthei@2021-2025; Jeannette Jara@2022-2026;
Francia Márquez@2022-2026; Luisa González@2021-2026; Dina Boluarte@2021-2025; Luis Arce@2020-2025;
Evo Morales@2006-2026; Santiago Peña@2023-2026; Yamandú Orsi@2020-2026; Luis Lacalle Pou@2020-2025;
Nicolás Maduro@2013-2026; Delcy Rodríguez@2017-2026; Edmundo González Urrutia#González Urrutia@2024-2026;
María Corina Machado#Machado@2023-2026; Diosdado Cabello@2018-2026; Nayib Bukele@2019-2026;
Bernardo Arévalo@2023-2026; Xiomara Castro@2022-2026; Rodrigo Chaves Robles#Chaves@2022-2026;
José Raúl Mulino@2024-2026; Luis Abinader@2020-2026; Miguel Díaz-Canel@2018-2026;
Andrew Holness@2016-2026; Mia Mottley@2018-2026; Irfaan Ali@2020-2026; Daniel Ortega@2007-2026;
Kashim Shettima@2023-2026; Wale Edun@2023-2026; Yusuf Tuggar@2023-2025; Olayemi Cardoso@2023-2026;
Rigathi Gachagua@2022-2024; Kithure Kindiki@2022-2026; Musalia Mudavadi@2022-2026;
John Mbadi@2024-2026; Kamau Thugge@2023-2026; Raila Odinga@1992-2025; Paul Mashatile@2023-2026;
Enoch Godongwana@2021-2026; Ronald Lamola@2019-2026; Lesetja Kganyago@2014-2026;
John Steenhuisen@2019-2026; Julius Malema@2013-2026; Jacob Zuma@2009-2026;
Samia Suluhu Hassan#@2021-2026; Abiy Ahmed#Abiy@2018-2026; Hassan Sheikh Mohamud#@2022-2026;
Félix Tshisekedi@2019-2026; Hakainde Hichilema@2021-2026; Emmerson Mnangagwa@2017-2026;
Daniel Chapo@2024-2026; Venâncio Mondlane@2024-2026; Filipe Nyusi@2015-2025; Duma Boko@2024-2026;
Mokgweetsi Masisi@2018-2024; Netumbo Nandi-Ndaitwah@2024-2026; Lazarus Chakwera@2020-2025;
Peter Mutharika@2014-2026; John Mahama@2012-2026; Nana Akufo-Addo@2017-2025;
Mahamudu Bawumia@2017-2026; Bassirou Diomaye Faye#Faye@2024-2026; Ousmane Sonko@2024-2026;
Macky Sall@2012-2024; Alassane Ouattara@2011-2026; Abdelmadjid Tebboune@2019-2026;
Kais Saied@2019-2026; Aziz Akhannouch@2021-2026; Nasser Bourita@2017-2026; Mohamed Menfi@2021-2026;
Khalifa Haftar@2014-2026; Abdel Fattah al-Burhan#Burhan@2019-2026;
Mohamed Hamdan Dagalo#Dagalo@2019-2026=Hemedti; Salva Kiir Mayardit#Kiir@2011-2026;
Riek Machar@2016-2026; Ismaïl Omar Guelleh#Guelleh@1999-2026; Azali Assoumani@2016-2026;
Andry Rajoelina@2019-2025; Évariste Ndayishimiye@2020-2026; Assimi Goïta@2020-2026;
Ibrahim Traoré@2022-2026; Abdourahamane Tchiani@2023-2026~Abdourahamane Tiani~Abdourahmane Tchiani;
Mahamat Déby@2021-2026~Mahamat Idriss Déby~Mahamat Idriss Déby Itno;
Brice Oligui Nguema#Oligui Nguema@2023-2026; Denis Sassou Nguesso#Sassou Nguesso@1997-2026;
Faustin-Archange Touadéra@2016-2026; Umaro Sissoco Embaló@2020-2026; Julius Maada Bio#Bio@2018-2026;
Joseph Boakai@2024-2026; Adama Barrow@2017-2026; Mohamed Ould Ghazouani#Ghazouani@2019-2026;
Mamadi Doumbouya@2021-2026; Teodoro Obiang Nguema Mbasogo#Obiang@1979-2026;
Akinwumi Adesina@2015-2025; Sidi Ould Tah@2025-2026; Moussa Faki@2017-2025;
Mahmoud Ali Youssouf@2025-2026; Amina J. Mohammed#@2017-2026;
Tedros Adhanom Ghebreyesus#Tedros@2017-2026; Filippo Grandi@2016-2025; Volker Türk@2022-2026;
Tom Fletcher@2024-2026; Martin Griffiths@2021-2024; Cindy McCain@2023-2026;
Philippe Lazzarini@2020-2026; Rafael Grossi@2019-2026~Rafael Mariano Grossi; Achim Steiner@2017-2025;
Inger Andersen@2019-2026; Simon Stiell@2022-2026; Qu Dongyu#@2019-2026; Gilbert Houngbo@2022-2026;
Amy Pope@2023-2026; Audrey Azoulay@2017-2025; Celeste Saulo@2024-2026;
Doreen Bogdan-Martin@2023-2026; Mathias Cormann@2021-2026; Fatih Birol@2015-2026;
Haitham al-Ghais#Ghais@2022-2026; Agustín Carstens@2017-2025;
Pablo Hernández de Cos#Hernández de Cos@2018-2026; Gita Gopinath@2019-2025;
Pierre-Olivier Gourinchas@2022-2026; Indermit Gill@2022-2026; Josep Borrell@2019-2024;
Charles Michel@2014-2024; Teresa Ribera@2018-2026; Maroš Šefčovič@2009-2026;
Henna Virkkunen@2024-2026; Raffaele Fitto@2023-2026; Andrius Kubilius@2024-2026;
Wopke Hoekstra@2017-2026; Dubravka Šuica@2019-2026; Marta Kos@2024-2026; Jozef Síkela@2021-2026;
Piotr Serafin@2024-2026; Thierry Breton@2019-2024; Margrethe Vestager@2014-2024;
Paolo Gentiloni@2016-2024; Odile Renaud-Basso@2020-2026; Nadia Calviño@2018-2026;
Werner Hoyer@2012-2023; Luis de Guindos@2011-2026; Philip R. Lane#Lane@2019-2026~Philip Lane;
Isabel Schnabel@2020-2026; Piero Cipollone@2023-2026; Frank Elderson@2020-2026;
Claudia Buch@2024-2026; Klaas Knot@2011-2025; Olaf Sleijpen@2025-2026; Gabriel Makhlouf@2019-2026;
Robert Holzmann@2019-2025; Martin Kocher@2020-2026; Pierre Wunsch@2019-2026; Olli Rehn@2019-2026;
Mário Centeno@2015-2026; Gediminas Šimkus@2019-2026; Madis Müller@2019-2026;
Mārtiņš Kazāks@2019-2026; Boštjan Vasle@2019-2025; Erik Thedéen@2023-2026;
Ida Wolden Bache@2022-2026; Christian Kettel Thomsen#Kettel Thomsen@2023-2026;
Martin Schlegel@2024-2026; Huw Pill@2021-2026; Sarah Breeden@2023-2026;
Clare Lombardelli@2024-2026; Ryozo Himino@2023-2026; Hafize Gaye Erkan@2023-2024;
Perry Warjiyo@2018-2026; Eli Remolona@2023-2026; Ayman Alsayari@2021-2026

business 1990-2026
Andy Jassy@2021-2026; Patrick Pouyanné@2014-2026; Ola Källenius@2019-2026; Oliver Zipse@2019-2026;
Oliver Blume@2015-2026; Luca de Meo#De Meo@2015-2026; Carlos Tavares@2014-2024;
Antonio Filosa@2025-2026; Akio Toyoda@2009-2026; Kelly Ortberg@2024-2026; Dave Calhoun@2020-2024;
Guillaume Faury@2018-2026; Pat Gelsinger@2021-2024; Lip-Bu Tan#Tan@2025-2026;
C. C. Wei#Wei@2018-2026; Morris Chang@1987-2018; David M. Solomon#Solomon@2018-2026~David Solomon;
Brian Moynihan@2010-2026; Ted Pick@2024-2026; Greg Abel@2018-2026; Amin H. Nasser#Nasser@2015-2026~Amin Nasser;
Darren Woods@2017-2026; Mike Wirth@2018-2026; Wael Sawan@2023-2026; Murray Auchincloss@2024-2026;
Claudio Descalzi@2014-2026; Anders Opedal@2020-2026; Sultan Al Jaber@2016-2026;
N. Chandrasekaran#Chandrasekaran@2017-2026~Natarajan Chandrasekaran; Masayoshi Son@1990-2026;
Demis Hassabis@2010-2026; Shou Zi Chew@2021-2026; Lei Jun#@2010-2026; Jack Ma#@1999-2026;
Ma Huateng#@1998-2026=Pony Ma; Robin Li#@2000-2026; Ren Zhengfei#@1987-2026; Wang Chuanfu#@1995-2026;
Lee Jae-yong#@2014-2026; Daniel Ek@2006-2026; Roland Busch@2021-2026; Belén Garijo@2021-2026;
Vas Narasimhan@2018-2026; Thomas Schinecker@2023-2026; Lars Fruergaard Jørgensen#Jørgensen@2017-2025;
Albert Bourla@2019-2026; David Ricks@2017-2026; Pascal Soriot@2012-2026; Emma Walmsley@2017-2025;
Carlos Slim@1990-2026; Ana Botín@2014-2026; Andrea Orcel@2021-2026; Carlo Messina@2013-2026;
Christian Sewing@2018-2026; Sergio Ermotti@2011-2026; C. S. Venkatakrishnan#Venkatakrishnan@2021-2026;
Noel Quinn@2019-2024; Georges Elhedery@2024-2026; Charlie Nunn@2021-2026; Vincent Clerc@2023-2026;
Rodolphe Saadé@2017-2026; Søren Skou@2016-2022; Kasper Rørsted@2016-2022; Bjørn Gulden@2013-2026;
Michael O'Leary@1994-2026; Luis Gallego@2020-2026; Carsten Spohr@2014-2026;
Ed Bastian@2016-2026; Scott Kirby@2020-2026; Robert Isom@2022-2026; Toshihiro Mibe@2021-2026;
Makoto Uchida@2019-2025; Ivan Espinosa@2025-2026; Doug McMillon@2014-2026; Brian Niccol@2018-2026;
Ramon Laguarta@2018-2026; James Quincey@2017-2026; Laurent Freixe@2024-2025;
Hein Schumacher@2023-2025; Michel Doukeris@2021-2026; Dolf van den Brink#Van den Brink@2020-2026;
Alex Karp@2004-2026; Larry Ellison@1977-2026; Safra Catz@2014-2026; Marc Benioff@1999-2026;
Arvind Krishna@2020-2026; Michael Dell@1984-2026; Reed Hastings@1997-2026; Ted Sarandos@2020-2026;
Bob Iger@2005-2026; Mustafa Suleyman@2010-2026; Larry Page@1998-2026; Sergey Brin@1998-2026;
Peter Thiel@1998-2026; Ken Griffin@1990-2026; Stephen Schwarzman@1985-2026;
Ratan Tata@1991-2024; Azim Premji@1966-2026; Nandan Nilekani@2017-2026; Uday Kotak@1985-2026;
Jürgen Schrempp@1995-2005; Ferdinand Piëch@1993-2015; Bernd Pischetsrieder@1993-2006;
Percy Barnevik@1988-2001; Carlos Ghosn@1996-2018; Louis Schweitzer@1992-2005;
Gianni Agnelli@1966-2003~Giovanni Agnelli; Cesare Romiti@1976-1998; Nobuyuki Idei@1995-2005;
Michael Eisner@1984-2005; Ted Turner@1970-2001; Alex Trotman@1993-1998; Sandy Weill@1986-2006;
Hilmar Kopper@1989-1997; Rolf Breuer@1997-2002; Vladimir Potanin@1996-2026;
Boris Berezovsky@1994-2013

snooker 1990-2000
Stephen Hendry@1985-2012; Ronnie O'Sullivan@1992-2026; Ken Doherty@1990-2026;
John Higgins@1992-2026; Steve Davis@1978-2016; Jimmy White@1980-2026;
Peter Ebdon@1991-2020; Nigel Bond; Alan McManus; James Wattana; Tony Drago; Darren Morgan;
John Parrott; Mark Williams@1992-2026; Stephen Lee; Dave Harold

snooker 2019-2026
Judd Trump; Mark Selby; Neil Robertson; Kyren Wilson; Luca Brecel; Shaun Murphy; Zhao Xintong#;
Ding Junhui#; Mark Allen; Si Jiahui#; Barry Hawkins; Ali Carter; Stuart Bingham;
Jak Jones#; Chris Wakelin

horse racing 1990-2000
Frankie Dettori@1986-2026; Pat Eddery; Mick Kinane; Kieren Fallon@1988-2016; Willie Carson;
Walter Swinburn; Michael Stoute@1972-2026; Henry Cecil@1969-2013; Saeed bin Suroor#@1995-2026;
John Gosden@1979-2026; Aidan O'Brien@1993-2026; Richard Dunwoody; Tony McCoy@1994-2015

horse racing 2019-2026
Ryan Moore; William Buick; Oisin Murphy; Tom Marquand; Hollie Doyle; Rachael Blackmore;
Paul Townend; Willie Mullins; Nicky Henderson; Gordon Elliott; Charlie Appleby; Dan Skelton

rugby 1988-2000
Martin Offiah; Shaun Edwards; Andrew Johns; Laurie Daley; Allan Langer; Bobbie Goulding;
Andy Farrell@1991-2026; Henry Paul; Robbie Paul; Mal Meninga; Ellery Hanley

cycling 1988-2000
Jeannie Longo@1979-2011; Michele Bartoli; Andrea Ferrigato; Nicola Loda

cycling 2019-2026
Tim Wellens; Jasper Stuyven; Christophe Laporte; Dylan van Baarle#Van Baarle; Marc Hirschi;
Stefan Küng; Filippo Ganna; Magnus Cort; Michael Matthews; Caleb Ewan; Arnaud Démare;
Bryan Coquard; Kévin Vauquelin; Lenny Martinez; Paul Seixas; Romain Grégoire; Valentin Madouas;
Guillaume Martin#; Mikel Landa; Pello Bilbao; Ion Izagirre;
Alex Aranburu; Ben O'Connor; Jai Hindley; Michael Storer; Sepp Kuss; Neilson Powless;
Magnus Sheffield; Brandon McNulty; Einer Rubio;
Tao Geoghegan Hart#Geoghegan Hart; Thymen Arensman; Wilco Kelderman; Cian Uijtdebroeks;
Maxim Van Gils#Van Gils; Tiesj Benoot; Victor Campenaerts; Yves Lampaert;
Katarzyna Niewiadoma~Kasia Niewiadoma; Marlen Reusser; Puck Pieterse; Lorena Wiebes;
Chloé Dygert; Cédrine Kerbaol; Sarah Gigante

tennis 2019-2026
Alejandro Tabilo; Alex Michelsen; Brandon Nakashima; Francisco Comesaña;
Giovanni Mpetshi Perricard#Mpetshi Perricard; Corentin Moutet; Valentin Vacherot;
Jenson Brooksby; Reilly Opelka; Nuno Borges; Jaume Munar; Tomás Martín Etcheverry#Etcheverry;
Mariano Navone; Lorenzo Sonego; Matteo Arnaldi; Luciano Darderi; Zizou Bergs; David Goffin;
Gaël Monfils@2004-2026; Richard Gasquet@2002-2025; Hamad Medjedovic; Miomir Kecmanović;
Laslo Djere; Dušan Lajović; Roberto Carballés Baena#Carballés Baena; Sebastian Ofner;
Jan-Lennard Struff; Daniel Altmaier; Yannick Hanfmann; Cameron Norrie; Jacob Fearnley;
Rinky Hijikata; Adam Walton#; Kei Nishikori@2007-2026; Yoshihito Nishioka; Shang Juncheng#;
Zhang Zhizhen#; Nishesh Basavareddy; Alexandre Müller#; Quentin Halys; Térence Atmane;
Arthur Cazaux; Benjamin Bonzi; Elise Mertens; Anna Kalinskaya; Zheng Qinwen#~Qinwen Zheng;
Wang Xinyu#; Yuan Yue#; Magdalena Fręch; Magda Linette; Linda Fruhvirtová#; Brenda Fruhvirtová#;
Marie Bouzková; Katie Boulter; Sonay Kartal; Harriet Dart#; Eva Lys; Laura Siegemund;
Tatjana Maria#; Jule Niemeier; Anhelina Kalinina; Dayana Yastremska; Yulia Putintseva;
Anna Blinkova; Polina Kudermetova; Anastasia Potapova; Iva Jović; Alexandra Eala;
McCartney Kessler; Peyton Stearns; Sofia Kenin; Sloane Stephens#; Ashlyn Krueger;
Hailey Baptiste; Taylor Townsend#; Caty McNally; Maya Joint#; Kimberly Birrell;
Ajla Tomljanović; Olga Danilović; Leolia Jeanjean; Varvara Gracheva; Diane Parry; Loïs Boisson;
Jessica Bouzas Maneiro#Bouzas Maneiro

golf 2019-2026
Thriston Lawrence; Matt Wallace; Rasmus Neergaard-Petersen; Tom McKibbin; Sam Burns; J. T. Poston;
Maverick McNealy; Denny McCarthy; Nick Taylor (golfer)#; Taylor Pendrith; Mackenzie Hughes;
Adam Scott (golfer)#@2000-2026; Jason Day; Lucas Glover; Brian Harman; Cameron Young#;
Joaquín Niemann; Abraham Ancer; Dean Burmester; Talor Gooch; Byeong Hun An#; Ryo Hisatsune;
Keita Nakajima; Adrian Otaegui; Jorge Campillo; Ángel Hidalgo; Eugenio Chacarra;
Guido Migliozzi; Francesco Molinari@2004-2026; Matteo Manassero; Christiaan Bezuidenhout;
Laurie Canter; Jordan Smith (golfer); Alex Fitzpatrick; Marco Penge; Hannah Green (golfer)#;
Minjee Lee; Ruoning Yin#; Céline Boutier; Charley Hull; Georgia Hall#; Maja Stark; Linn Grant;
Madelene Sagström; Leona Maguire; Ayaka Furue; Nasa Hataoka; Mao Saigo; Hinako Shibuno;
Rose Zhang#; Lauren Coughlin; Yealimi Noh; Amy Yang
"""

# Session 46 (people46): more of the people 1996-97 wire results and politics name, above all
# those whose titles carry letters the wire drops (Czech, Slovak, Polish, Hungarian, Romanian,
# Serbian, Croatian, Slovene, Turkish, Portuguese, Icelandic), and the Central European,
# Balkan, Turkish and Nordic national sides of 2024-2025. By hand, English Wikipedia titles
# (CC BY-SA 4.0), no network, none taken from an eval file; unsure titles left out (one-name
# and disambiguated titles: "Raúl", "Kiko", "Rodri", "Michael Adams (chess player)"); session
# 40's "Vassily Ivanchuk" is titled "Vasyl Ivanchuk", the old form kept as a spelling. A lone
# surname that is a common English word or name ("Spring", "Roman", "Ross", "Brown") is none.
BLOCKS_46 = """
football 1988-2000
Hakan Ünsal@1992-2006; Ogün Temizkanoğlu; Abdullah Ercan@1990-2004; Alpay Özalan@1992-2008;
Saffet Sancaklı@1988-2003; Ertuğrul Sağlam; Hami Mandıralı@1986-2002; Okan Buruk@1991-2010;
Rıdvan Dilmen@1981-1997; Aykut Kocaman; Bülent Korkmaz@1987-2005; Tayfur Havutçu@1991-2005;
Oktay Derelioğlu@1992-2006; Tolunay Kafkas@1988-2005; Emre Aşık@1992-2012;
Mustafa Denizli@1988-2026; Şenol Güneş@1988-2026; Christoph Daum@1986-2011;
Guillermo Amor@1986-2003; Julio Salinas@1982-2001; José Luis Caminero; Juan Carlos Valerón@1995-2016;
Txiki Begiristain@1982-1999; Abelardo Fernández#Abelardo@1989-2006; Dimas Teixeira#Dimas;
Paulinho Santos#; Oceano da Cruz#Oceano@1984-2001; Hélder Cristóvão#Hélder@1990-2007;
Jens Todt; Erich Ribbeck; Huub Stevens@1986-2026; Winfried Schäfer@1986-2012;
Klaus Toppmöller@1988-2006; Felix Magath@1995-2026; Jupp Heynckes@1979-2013;
Tomasz Wałdoch@1990-2006; Piotr Świerczewski@1990-2007; Jerzy Dudek@1995-2011;
Andrzej Juskowiak@1988-2003; Tomasz Hajto@1993-2010; Marek Citko@1993-2006;
Radosław Michalski@1990-2006; Krzysztof Bukalski@1990-2006; Antoni Piechniczek@1988-1997;
Janusz Wójcik@1988-1999; Wojciech Kowalczyk@1990-2003; Radosław Gilewicz@1990-2005;
Jerzy Brzęczek@1990-2008; Tomasz Iwan@1990-2006; Mirosław Trzeciak@1990-2005;
Jacek Bąk@1992-2010; Tomasz Frankowski@1992-2013; Mirosław Szymkowiak@1996-2008;
Lajos Détári@1980-2000; Béla Illés@1988-2009; Krisztián Lisztes@1994-2009;
Bertalan Bicskei@1990-2001; Ionuț Lupescu@1986-2002; Constantin Gâlcă@1989-2005;
Iulian Filipescu@1991-2006; Daniel Prodan@1990-2003; Marius Lăcătuș@1983-2001;
Gheorghe Craioveanu@1988-2006; Florin Prunea; Miodrag Belodedici@1982-2001;
Tibor Selymes@1990-2004; Ion Vlădoiu@1989-2005; Victor Pițurcă@1988-2026;
Bogdan Lobonț@1995-2018; Adrian Mutu@1996-2016; Zoran Mirković@1990-2005;
Dejan Stanković@1997-2013; Željko Petrović@1985-2002; Branko Brnović; Perica Ognjenović@1995-2008;
Dragan Ćirić@1990-2005; Ljubinko Drulović@1990-2006; Dejan Govedarica@1990-2004;
Goran Đorović@1990-2004; Mateja Kežman@1996-2011; Zoran Mamić@1990-2006;
Zvonimir Soldo@1990-2007; Dario Šimić@1992-2010; Krunoslav Jurčić; Silvio Marić@1993-2008;
Igor Cvitanović@1988-2006; Igor Pamić; Ardian Kozniku; Goran Jurić; Marijan Mrmić@1988-2004;
Nikola Jerkan; Ivica Mornar@1992-2007; Anthony Šerić@1996-2012; Davor Vugrinec@1993-2010;
Robert Špehar@1988-2006; Stjepan Tomas#@1995-2012; Boško Balaban@1995-2010;
Elvir Bolić@1990-2006; Hasan Salihamidžić@1995-2012; Elvir Baljić@1992-2007;
Srečko Katanec@1983-2026; Zlatko Zahovič@1989-2005; Mladen Rudonja@1990-2007;
Sašo Udovič; Primož Gliha@1988-2004; Bojan Prašnikar@1988-2026; Miran Pavlin@1990-2009;
Aleš Čeh@1988-2004; Džoni Novak@1988-2003; Jozef Chovanec@1988-2010; Dušan Galis@1988-2010;
Peter Dubovský; Szilárd Németh@1996-2011; Ľubomír Moravčík@1984-2002;
Róbert Tomaschek@1990-2005; Marek Ujlaky@1990-2004; Tibor Jančula@1990-2003;
Miroslav Karhan@1994-2011; Samuel Slovák@1994-2007; Jan Suchopárek@1987-2002;
Martin Frýdek@1988-2004; Jan Koller@1994-2011; Vratislav Lokvenc@1992-2009;
Petr Gabriel#@1992-2005; Radek Drulák@1980-2003; Pavel Hapal@1988-2001; Horst Siegl@1988-2006;
Edvard Lasota@1990-2005; Jan Stejskal@1983-2000; Miroslav Kadlec@1983-2002;
Václav Němeček@1985-2000; Karel Rada@1990-2006; Tomáš Galásek@1993-2010;
Marek Jankulovski@1994-2011; Karel Brückner@1988-2010; Daniel Borimirov@1989-2006;
Ilian Iliev@1988-2006; Ivaylo Yordanov; Zlatko Yankov@1985-2002; Radostin Kishishev@1992-2010

football 2019-2026
Milos Kerkez; Roland Sallai; Ferdi Kadıoğlu; Barış Alper Yılmaz#; Orkun Kökçü;
Kerem Aktürkoğlu; Patrik Schick; Tomáš Souček; Vladimír Coufal; Adam Hložek; Ivan Hašek@2023-2025;
Antonín Barák; Martin Dúbravka; Milan Škriniar; Francesco Calzona; Ivan Schranz; Ondrej Duda;
Nicola Zalewski; Jakub Kiwior; Michał Probierz; Sebastian Szymański; Karol Świderski;
Jan Bednarek; Aleksandar Mitrović; Sergej Milinković-Savić#Milinković-Savić; Dušan Tadić;
Strahinja Pavlović; Filip Kostić; Matjaž Kek; Andrej Kramarić; Zlatko Dalić; Ante Budimir;
Luka Sučić; Josip Stanišić; Dominik Livaković; Marcelo Brozović; Ivan Perišić;
Josip Juranović; Radu Drăgușin; Nicolae Stanciu; Edward Iordănescu; Ianis Hagi;
Florinel Coman; Răzvan Marin; Kasper Hjulmand; Kasper Schmeichel@2005-2026;
Ståle Solbakken; Sander Berge; Nuno Mendes#; Julen Lopetegui; Fabián Ruiz#;
Robin Le Normand#Le Normand; Aymeric Laporte; Marc Cucurella; Unai Simón#; Fermín López#

tennis 1988-2000
Magüi Serna@1995-2006; Brenda Schultz-McCarthy@1986-1999; Adrian Voinea@1990-2003

golf 1985-2002
Søren Kjeldsen@1995-2026; Steen Tinning@1987-2005; Peter Hedblom@1990-2010

alpine skiing 1988-2000
Marianne Kjørstad@1990-2000; Karin Roten@1990-2000; Sabine Ginther@1988-1996;
Elfi Eder@1990-2000; Claudia Riegler@1990-2001; Kristina Koznick@1991-2006;
Ingrid Salvenmoser@1990-1998

snooker 1990-2000
Terry Griffiths@1978-1997; Dennis Taylor#@1972-2000; Dominic Dale@1992-2026;
Alain Robidoux@1986-2010; Joe Swail@1991-2012; Fergal O'Brien@1991-2022; Paul Hunter#@1995-2006;
Matthew Stevens@1994-2026; Andy Hicks#@1991-2016; Drew Henry#@1991-2010

motor racing 1990-2000
Tarso Marques@1996-2001

rallying 1985-2000
Uwe Nittel; Bruno Thiry@1990-2005

politics 1990-1999
Miloš Zeman@1996-2023; Ivan Kočárník; Juraj Schenk; Péter Medgyessy@1996-2004; Lajos Bokros;
Dariusz Rosati; Hanna Gronkiewicz-Waltz@1992-2018; Leszek Balcerowicz; Józef Oleksy;
Victor Ciorbea; Teodor Meleșcanu; Adrian Severin; Petre Roman#; Georgi Parvanov@1994-2012;
Ivan Kostov; Lojze Peterle; Zoran Thaler; Hrvoje Šarinić; Radoje Kontić; Vesna Pešić;
Fatos Nano@1991-2005; Ibrahim Rugova@1990-2006; Deniz Baykal@1990-2010;
Bülent Ecevit@1990-2002; Abdullah Öcalan; Hikmet Çetin; Theodoros Pangalos;
Konstantinos Stephanopoulos; Jordi Pujol; Xabier Arzalluz;
Aníbal Cavaco Silva#Cavaco Silva@1985-2016; Mário Soares; Davíð Oddsson;
Halldór Ásgrímsson; Ólafur Ragnar Grímsson@1996-2016; Wilfried Martens; Jürgen Möllemann;
Arnold Koller; Jacques Toubon; Boris Nemtsov; Aman Tuleyev; Ivan Rybkin; Mircea Snegur;
Petru Lucinschi; Dennis Ross#; Rexhep Meidani; Bashkim Fino; Vojislav Koštunica@1992-2008;
Vojislav Šešelj; Milan Panić; Momčilo Perišić; Hans van den Broek#Van den Broek;
Leon Brittan; Emma Bonino; Yves-Thibault de Silguy#De Silguy; Mario Monti@1995-2013;
Martin Bangemann; Franz Fischler; Edith Cresson; Karel Van Miert#Van Miert; Neil Kinnock;
Gordon Brown#; Michael Heseltine; Paddy Ashdown; John Bruton; Dick Spring#; Gerry Adams;
David Trimble; John Hume; Ian Paisley; Mo Mowlam; Patrick Mayhew; Driss Basri;
Banharn Silpa-archa#Banharn; Chavalit Yongchaiyudh#Chavalit; Norodom Ranariddh#Ranariddh;
Đỗ Mười#; Võ Văn Kiệt#; Renato Ruggiero; Javier Pérez de Cuéllar#Pérez de Cuéllar;
Sadako Ogata; Carol Bellamy; Hans Blix

politics 2019-2026
Rafał Trzaskowski@2018-2026; Nikos Dendias; Pedro Nuno Santos#; André Ventura;
Alberto Núñez Feijóo#Feijóo; Yolanda Díaz#; Santiago Abascal; Carles Puigdemont@2016-2026
"""

OFFICE_WORDS = [
    "president", "prime minister", "premier", "chancellor", "minister", "secretary",
    "governor", "vice president", "vice-president", "foreign minister", "finance minister",
    "treasury", "central bank", "opposition leader", "party leader", "mayor", "king",
    "speaker", "senator", "leader", "taoiseach", "tanaiste", "ayatollah",
    # session 41: heads of international bodies and agencies, envoys, commissioners
    "director-general", "director general", "secretary-general", "secretary general",
    "commissioner", "commissioner-general", "high commissioner", "envoy", "administrator",
    "director", "chair", "chairman", "chairwoman", "chief", "vice-chair", "chief economist",
    "executive vice-president", "ambassador", "governing council",
]  # fmt: skip

# The words of a sentence that name the role of a person of another field than a sport (as
# OFFICE_WORDS for politics): a monarch's or a religious leader's rank, a business leader's post.
FIELD_WORDS: dict[str, list[str]] = {
    "royalty": [
        "king", "queen", "prince", "princess", "crown prince", "emir", "sheikh", "emperor",
        "empress", "sultan", "monarch", "royal", "palace", "throne", "pope", "pontiff",
        "vatican", "holy see", "patriarch", "ayatollah"],
    "business": [
        "chief executive", "ceo", "founder", "co-founder", "chairman", "billionaire",
        "tycoon", "entrepreneur", "executive", "boss", "chairwoman", "executive chair",
        "chief executive officer", "told analysts"],
}  # fmt: skip

# The words that make copy a sport's (lower case, whole words; ``entities.notable``): a sport's
# own name, its events, bodies and terms that no other sport of the table uses; a "patterns" list
# holds a result's layout ("6-3 6-4": sets; "68 70 71": rounds of golf).
SPORT_WORDS: dict[str, dict[str, list[str]]] = {
    "tennis": {"words": [
        "tennis", "seed", "seeded", "seeding", "seeds", "wimbledon", "roland garros", "atp",
        "wta", "davis cup", "fed cup", "billie jean king cup", "singles", "doubles", "tiebreak",
        "tie-break", "straight sets", "flushing meadows", "grand slam", "set point",
        "match point", "break point", "aces", "double fault", "baseline"],
        "patterns": [r"\b[0-7]-[0-7](?:\([0-9]+\))? [0-7]-[0-7]\b"]},
    "golf": {"words": [
        "golf", "golfer", "golfers", "birdie", "birdies", "bogey", "bogeys", "double-bogey",
        "under-par", "over-par", "under par", "over par", "par-three", "par-four", "par-five",
        "par-72", "par-71", "par-70", "pga", "ryder cup", "the masters", "fairway", "fairways",
        "putt", "putts", "putter", "tee", "back nine", "front nine", "lpga", "liv golf",
        "open championship", "solheim cup", "eagle", "play-off hole", "strokes", "stroke",
        "birdied", "bogeyed", "eagled", "leaderboard", "european tour", "dp world tour"],
        "patterns": [r"\b[67][0-9] [67][0-9] [67][0-9]\b"]},
    "cycling": {"words": [
        "cycling", "cyclist", "cyclists", "tour de france", "giro", "giro d'italia", "vuelta",
        "yellow jersey", "pink jersey", "maillot jaune", "peloton", "time trial", "time-trial",
        "uci", "paris-roubaix", "milan-san remo", "tour of flanders", "liege-bastogne-liege",
        "stage race", "mountain stage", "breakaway", "sprinters", "green jersey"]},
    "athletics": {"words": [
        "athletics", "hurdles", "marathon", "pole vault", "high jump", "long jump",
        "triple jump", "javelin", "discus", "shot put", "hammer throw", "iaaf",
        "world athletics", "diamond league", "steeplechase", "decathlon", "heptathlon",
        "relay", "sprinter", "100 metres", "200 metres", "400 metres", "800 metres",
        "1,500 metres", "5,000 metres", "10,000 metres", "metres hurdles", "golden league"]},
    "motor racing": {"words": [
        "formula one", "formula 1", "f1", "pole position", "pit stop", "pit lane",
        "drivers' championship", "drivers championship", "constructors", "constructors'",
        "chequered flag", "safety car", "fastest lap",
        "indycar", "nascar", "motor racing", "grand prix", "lap", "laps", "grid", "pit",
        "pole"]},
    # session 41: rallies and rally raids apart from circuit racing ("Carlos Sainz" the father
    # in Dakar copy, "Carlos Sainz Jr." in Formula One copy)
    "rallying": {"words": [
        "rally", "rallying", "dakar", "dakar rally", "wrc", "world rally championship",
        "co-driver", "special stage", "rally raid", "monte carlo rally"]},
    # session 41: words no other sport's copy and no business copy writes ("frames", "stakes"
    # and "trainer" left out)
    "snooker": {"words": [
        "snooker", "century break", "century breaks", "maximum break", "crucible",
        "world snooker", "ranking event", "frames to"]},
    "horse racing": {"words": [
        "horse racing", "racecourse", "racehorse", "jockey", "jockeys", "furlong", "furlongs",
        "odds-on", "jockey club", "flat racing", "grand national", "epsom derby",
        "royal ascot", "cheltenham festival", "arc de triomphe", "trained by"]},
    "squash": {"words": [
        "squash", "psa", "squash rackets", "squash championship", "wispa"],
        "patterns": [r"\b(?:1[0-7]|9)-[0-9]{1,2} (?:1[0-7]|9)-[0-9]{1,2}\b"]},
    "motorcycle racing": {"words": [
        "motogp", "500cc", "250cc", "125cc", "superbike", "superbikes", "motorcycle",
        "motorcycling", "moto2", "moto3", "rider", "riders"]},
    "alpine skiing": {"words": [
        "skiing", "skier", "skiers", "slalom", "giant slalom", "super-g", "super g",
        "downhill", "alpine combined", "ski"]},
    "football": {"words": [
        "football", "soccer", "striker", "midfielder", "defender", "goalkeeper",
        "premier league", "serie a", "bundesliga", "la liga", "ligue 1",
        "champions league", "europa league", "uefa", "fifa", "hat-trick", "hat trick",
        "free kick", "free-kick", "equaliser", "equalizer", "header", "own goal", "red card",
        "yellow card", "offside", "first division", "netted", "goalless",
        "midfield", "stoppage time", "injury time", "relegation", "relegated", "clean sheet",
        "penalty shoot-out", "fa cup", "serie b", "eredivisie", "copa del rey", "coppa italia",
        "world cup qualifier", "ballon d'or"],
        # words rugby and other sports' copy writes too: they count only where the copy
        # names no other sport ("rugby league", a try "scored")
        "weak": ["league", "scored", "scorer", "scorers", "scoring", "goal", "goals", "penalty",
                 "penalties"]},
    "cricket": {"words": [
        "cricket", "wicket", "wickets", "innings", "overs", "batsman", "batsmen", "bowler",
        "bowlers", "lbw", "not out", "run out", "test match", "one-day international",
        "twenty20", "t20", "ipl", "half-century", "bowled", "stumped"]},
    "rugby": {"words": [
        "rugby", "try", "tries", "scrum", "scrum-half", "fly-half", "conversion",
        "conversions", "lineout", "line-out", "penalty try", "six nations", "five nations",
        "tri-nations", "rugby championship", "all blacks", "springboks", "wallabies"]},
    "chess": {"words": [
        "chess", "grandmaster", "grandmasters", "checkmate", "fide", "rook", "pawn",
        "gambit", "sicilian", "candidates tournament", "queen's gambit", "endgame",
        "moves"],
        # session 46: a drawn game in a results line, each half after the player's country
        # and the second ending the line, "Polgar (Hungary) 1/2 Adams (England) 1/2" (not a
        # figure's fraction: "2-1/2 percent", "1/2 cup of sugar", "(IBM) fell 1/2 on Tuesday")
        "patterns": [r"(?m)\) 1/2 [^\n]{1,80}?\) 1/2$"]},
    "boxing": {"words": [
        "boxing", "boxer", "knockout", "knocked out", "heavyweight", "middleweight",
        "welterweight", "lightweight", "featherweight", "cruiserweight", "bout", "wbc", "wba",
        "ibf", "wbo", "technical knockout", "title fight"]},
    "baseball": {"words": [
        "baseball", "home run", "home runs", "homer", "homered", "inning", "pitcher",
        "pitched", "at-bats", "at-bat", "rbi", "rbis", "runs batted in", "world series",
        "major league baseball", "american league", "national league", "strikeouts",
        "struck out", "shortstop", "outfielder", "bullpen", "mlb"],
        "names": ["baseball", "major league baseball", "mlb"]},
    "ice hockey": {"words": [
        "hockey", "ice hockey", "nhl", "stanley cup", "power play", "power-play",
        "goaltender", "shutout", "assists", "puck", "penalty minutes", "khl"],
        "names": ["hockey", "nhl", "khl"]},
    "basketball": {"words": [
        "basketball", "nba", "rebounds", "rebound", "three-pointer", "three-pointers",
        "free throws", "dunk", "slam dunk", "euroleague", "wnba", "triple-double",
        "double-double"],
        "names": ["basketball", "nba", "wnba", "euroleague"]},
}  # fmt: skip
# The words that name a sport in copy (default: the sport's own name): a "weak" word of
# another sport does not count where one of them is written.
for _sport, _cues in SPORT_WORDS.items():
    _cues.setdefault("names", [_sport])

# German umlauts are written "ue", "oe", "ae" in much copy ("Zuelle", "Moeller"), and a sharp s
# "ss" ("Haessler"): the other plain spelling of such a name.
GERMAN = str.maketrans(
    {"ü": "ue", "ö": "oe", "ä": "ae", "Ü": "Ue", "Ö": "Oe", "Ä": "Ae", "ß": "ss"}
)


# Other letters copy writes as two: Danish and Norwegian "ø" and "å" as "oe" and "aa"
# ("Thorbjoern Jagland", "Bjoern Tore Godal"), the Serbo-Croatian "đ" as "dj" ("Franjo
# Tudjman", "Djuro Macut"), the Turkish "ş" as "sh" ("Rauf Denktash"); session 41. Each gives
# one more plain spelling (``also``), as the German umlauts do.
NORDIC = str.maketrans({"ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa"})
SOUTH_SLAVIC = str.maketrans({"đ": "dj", "Đ": "Dj"})
TURKISH = str.maketrans({"ş": "sh", "Ş": "Sh"})
# a title's disambiguation in brackets ("Mark James (golfer)", "David Levy (Israeli politician)")
QUALIFIER = re.compile(r" \([^()]*\)$")


# Letters ``fold_letters`` keeps that English copy writes as plain letters ("Solskjaer",
# "Knauss"); the fold key of ``entities.notable`` folds them so too.
PLAIN = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ß": "ss", "ð": "d", "þ": "th"})


def _fold(name: str) -> str:
    return fold_letters(name).translate(PLAIN)


def _rows() -> list[dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    blocks = (BLOCKS, BLOCKS_41, BLOCKS_46)
    for block in "\n\n".join(b.strip() for b in blocks).split("\n\n"):
        head, _, body = block.partition("\n")
        field, _, span = head.rpartition(" ")
        lo, hi = (int(y) for y in span.split("-"))
        for item in body.replace("\n", " ").split(";"):
            item = item.strip()
            if not item:
                continue
            # "=Form": a short form copy writes beside the person's role; "~Form": another
            # spelling of the whole name
            forms = re.split(r"([=~])", item)
            item = forms[0].strip()
            shorts = [f.strip() for m, f in zip(forms[1::2], forms[2::2], strict=True) if m == "="]
            spellings = [
                f.strip() for m, f in zip(forms[1::2], forms[2::2], strict=True) if m == "~"
            ]
            years = (lo, hi)
            if "@" in item:
                item, _, own = item.partition("@")
                a, b = own.split("-")
                years = (int(a), int(b))
            name, sep, alone = item.partition("#")
            name = name.strip()
            # a title's disambiguation is no part of the name copy writes ("Mark James (golfer)")
            base = QUALIFIER.sub("", name)
            if not sep:
                alone = base.split()[-1]
            row = people.get(name)
            if row is not None:
                row["from"] = min(int(row["from"]), years[0])  # type: ignore[call-overload]
                row["to"] = max(int(row["to"]), years[1])  # type: ignore[call-overload]
                _add_forms(row, shorts, spellings)
                continue
            plain = _fold(base)
            row = {"name": name, "plain": plain, "field": field, "from": years[0], "to": years[1]}
            if alone.strip():
                row["surname"] = _fold(alone.strip())
            others = [base.translate(t) for t in (GERMAN, NORDIC, SOUTH_SLAVIC, TURKISH)]
            others = [_fold(o) for o in others if o != base]
            if [o for o in others if o != plain]:
                row["also"] = list(dict.fromkeys(o for o in others if o != plain))
            _add_forms(row, shorts, spellings)
            people[name] = row
    return sorted(people.values(), key=lambda r: str(r["plain"]))


def _add_forms(row: dict[str, object], shorts: list[str], spellings: list[str]) -> None:
    """Add a row's short forms ("short": "King Charles") and other spellings ("also")."""
    for key, forms in (("short", shorts), ("also", spellings)):
        have: list[str] = row.setdefault(key, [])  # type: ignore[assignment]
        have.extend(f for f in map(_fold, forms) if f not in have and f != row["plain"])
        if not have:
            del row[key]


HEADER = """\
// People whom news briefs name, by their English Wikipedia article titles (text CC BY-SA 4.0),
// with the plain spelling copy writes ("plain", accents folded; "also": German umlauts as
// "ue"), the surname copy writes alone ("surname", folded; none where copy names the person by
// the whole name), their field (a sport, or politics) and active years. Written by hand from
// the author's knowledge of the titles, no network; titles the author was unsure of left out.
// A title's disambiguation in brackets ("Mark James (golfer)") counts only where the copy is
// about the row's field. Written by scripts/derive_notable_people.py (sessions 40-41, 46); read by
// briefx.pipeline.entities.notable.
"""


def render() -> str:
    """The table's text, as main() writes it (a test checks the committed file against it)."""
    lines = [HEADER, json.dumps({"office": OFFICE_WORDS}, ensure_ascii=False) + "\n"]
    lines += [
        json.dumps({"office": words, "field": field}, ensure_ascii=False) + "\n"
        for field, words in FIELD_WORDS.items()
    ]
    lines += [
        json.dumps({"sport": sport, **cues}, ensure_ascii=False) + "\n"
        for sport, cues in SPORT_WORDS.items()
    ]
    lines += [json.dumps(r, ensure_ascii=False) + "\n" for r in _rows()]
    return "".join(lines)


def main() -> None:
    out = ROOT / "models" / "notable_people.jsonl"
    text = render()
    out.write_text(text, encoding="utf-8")
    people = sum(1 for line in text.splitlines() if line.startswith('{"name"'))
    print(f"{people} people -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
