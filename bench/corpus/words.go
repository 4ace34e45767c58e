package corpus

// The cast, places and words the generator draws from. Stories differ by
// their people, places and figures, as real events do.
var (
	firstNames = []string{"Ana", "Luis", "Marta", "Jorge", "Lucía", "Pedro", "Elena", "Raúl", "Sofía", "Diego",
		"Carmen", "Javier", "Isabel", "Andrés", "Paula", "Miguel", "Laura", "Tomás", "Irene", "Hugo",
		"Olga", "Iván", "Nadia", "Omar", "Yuki", "Chen", "Amara", "Kofi", "Leila", "Sven"}
	lastNames = []string{"García", "Moreno", "Ibáñez", "Quiroga", "Salvatierra", "Montalbán", "Okafor", "Petrov",
		"Haddad", "Nakamura", "Lindqvist", "Varela", "Echeverría", "Benítez", "Arriaga", "Kowalski", "Dubois",
		"Rahman", "Mendoza", "Zubiri", "Castells", "Ferrán", "Oyelaran", "Takeda", "Novak", "Albéniz",
		"Urquijo", "Santamaría", "Villalobos", "Achebe", "Ivanova", "Bergström", "Farouk", "Lozano", "Peralta"}
	titles = []string{"ministro de Defensa", "portavoz del Gobierno", "alcalde", "jefe de bomberos",
		"director de Protección Civil", "gobernador regional", "ministra del Interior", "presidente del Parlamento",
		"embajador", "secretaria de Estado"}
	places = []string{"Marrakech", "Valparaíso", "Cartagena", "Arequipa", "Tánger", "Oaxaca", "Mendoza", "Cuenca",
		"Trujillo", "Granada", "Puebla", "Rosario", "Salta", "Bilbao", "Vigo", "Cádiz", "Murcia", "León", "Tarija",
		"Cochabamba", "Quetzaltenango", "Managua", "Asunción", "Montevideo", "Guayaquil", "Manizales", "Iquique",
		"Antofagasta", "Ensenada", "Mérida", "Tijuana", "Oporto", "Nápoles", "Esmirna", "Alepo", "Mosul", "Kabul"}
	units      = []string{"muertos", "heridos", "desaparecidos", "evacuados", "detenidos", "damnificados"}
	outlets    = []string{"diarioa", "cronica", "noticiasb", "heraldo", "elcorreo", "lavoz", "eltiempo", "agenciaz"}
	fillers    = []string{"además", "también", "ayer", "hoy", "entonces", "asimismo", "finalmente", "todavía"}
	monthNames = []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
		"septiembre", "octubre", "noviembre", "diciembre"}
)
