package corpus

// The cast, places and words the generator draws from. Stories differ by
// their people, places and figures, as real events do.
var (
	firstNames = []string{
		"Ana", "Luis", "Marta", "Jorge", "Lucía", "Pedro", "Elena", "Raúl", "Sofía", "Diego",
		"Carmen", "Javier", "Isabel", "Andrés", "Paula", "Miguel", "Laura", "Tomás", "Irene", "Hugo",
		"Olga", "Iván", "Nadia", "Omar", "Yuki", "Chen", "Amara", "Kofi", "Leila", "Sven",
		"Rocío", "Gonzalo", "Teresa", "Ignacio", "Beatriz", "Rodrigo", "Silvia", "Álvaro", "Pilar", "Fernando",
		"Natalia", "Sergio", "Alicia", "Esteban", "Julia", "Mateo", "Valeria", "Samuel", "Daniela", "Emilio",
		"Adriana", "Ramón", "Claudia", "Víctor", "Mónica", "Héctor", "Gabriela", "Óscar", "Lorena", "Joaquín",
		"Fatima", "Karim", "Aisha", "Dmitri", "Anya", "Hiroshi", "Mei", "Lars", "Ingrid", "Pierre",
		"Amélie", "Giulia", "Marco", "Ahmed", "Zainab", "Tariq", "Priya", "Arjun", "Ngozi", "Tunde",
	}
	lastNames = []string{
		"García", "Moreno", "Ibáñez", "Quiroga", "Salvatierra", "Montalbán", "Okafor", "Petrov", "Haddad", "Nakamura",
		"Lindqvist", "Varela", "Echeverría", "Benítez", "Arriaga", "Kowalski", "Dubois", "Rahman", "Mendoza", "Zubiri",
		"Castells", "Ferrán", "Oyelaran", "Takeda", "Novak", "Albéniz", "Urquijo", "Santamaría", "Villalobos", "Achebe",
		"Ivanova", "Bergström", "Farouk", "Lozano", "Peralta", "Aguirre", "Bustamante", "Cifuentes", "Domínguez", "Escobar",
		"Figueroa", "Galindo", "Herrera", "Iturbide", "Jaramillo", "Larrañaga", "Madariaga", "Navarrete", "Olmedo", "Pizarro",
		"Quintana", "Rivadeneira", "Sandoval", "Tejada", "Ugarte", "Valdivia", "Zambrano", "Arrieta", "Barrenechea", "Cárdenas",
		"Durán", "Espinosa", "Fuentes", "Guzmán", "Hidalgo", "Iglesias", "Jiménez", "Landa", "Maldonado", "Núñez",
		"Ochoa", "Palacios", "Quesada", "Robles", "Salazar", "Toledo", "Uribe", "Velasco", "Yáñez", "Zavala",
		"Alcántara", "Berríos", "Carvajal", "Delgado", "Elizondo", "Fajardo", "Gallardo", "Huerta", "Isasi", "Jáuregui",
		"Leiva", "Miranda", "Navas", "Orozco", "Paredes", "Rincón", "Saavedra", "Trujillo", "Ulloa", "Vallejo",
		"Zárate", "Kuznetsov", "Sokolov", "Yamamoto", "Tanaka", "Müller", "Schneider", "Rossi", "Bianchi", "Kovács",
		"Nowak", "Eriksson", "Hansen", "Mensah", "Diallo", "Nguyen", "Kim", "Park", "Singh", "Khan",
		"Said", "Aziz", "Haddadi",
	}
	titles = []string{"ministro de Defensa", "portavoz del Gobierno", "alcalde", "jefe de bomberos",
		"director de Protección Civil", "gobernador regional", "ministra del Interior", "presidente del Parlamento",
		"embajador", "secretaria de Estado"}
	places = []string{
		"Marrakech", "Valparaíso", "Cartagena", "Arequipa", "Tánger", "Oaxaca", "Mendoza", "Cuenca",
		"Trujillo", "Granada", "Puebla", "Rosario", "Salta", "Bilbao", "Vigo", "Cádiz",
		"Murcia", "León", "Tarija", "Cochabamba", "Quetzaltenango", "Managua", "Asunción", "Montevideo",
		"Guayaquil", "Manizales", "Iquique", "Antofagasta", "Ensenada", "Mérida", "Tijuana", "Oporto",
		"Nápoles", "Esmirna", "Alepo", "Mosul", "Kabul", "Sevilla", "Valencia", "Zaragoza",
		"Málaga", "Alicante", "Córdoba", "Valladolid", "Oviedo", "Santander", "Pamplona", "Logroño",
		"Burgos", "Salamanca", "Toledo", "Badajoz", "Huelva", "Almería", "Jaén", "Girona",
		"Lleida", "Tarragona", "Castellón", "Albacete", "Cáceres", "Lugo", "Ourense", "Pontevedra",
		"Huesca", "Teruel", "Soria", "Segovia", "Ávila", "Zamora", "Palencia", "Guadalajara",
		"Ciudad", "Real", "Monterrey", "Querétaro", "Veracruz", "Acapulco", "Cancún", "Chihuahua",
		"Hermosillo", "Culiacán", "Morelia", "Toluca", "Durango", "Zacatecas", "Saltillo", "Torreón",
		"Mazatlán", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira", "Cúcuta", "Ibagué",
		"Pasto", "Popayán", "Santa", "Marta", "Quito", "Loja", "Ambato", "Manta",
		"Esmeraldas", "Lima", "Cusco", "Piura", "Chiclayo", "Iquitos", "Tacna", "Puno",
		"Huancayo", "Ayacucho", "Chimbote", "La", "Paz", "Cruz", "Sucre", "Potosí",
		"Oruro", "Santiago", "Concepción", "Temuco", "Valdivia", "Osorno", "Arica", "Rancagua",
		"Talca", "Chillán", "Coquimbo", "Tucumán", "Neuquén", "Bariloche", "Ushuaia", "Corrientes",
		"Posadas", "Paraná", "Bahía", "Blanca", "Caracas", "Maracaibo", "Barquisimeto", "Maracay",
		"Cumaná", "San", "José", "Limón", "Panamá", "Colón", "David", "Tegucigalpa",
		"Pedro", "Sula", "Comayagua", "Salvador", "Ana", "Guatemala", "Antigua", "Cobán",
		"Santo", "Domingo", "de", "los", "Caballeros", "Habana", "Camagüey", "Holguín",
		"Juan", "Ponce", "Mayagüez", "Lisboa", "Coímbra", "Faro", "Burdeos", "Toulouse",
		"Marsella", "Lyon", "Génova", "Turín", "Palermo", "Atenas", "Salónica", "Estambul",
		"Ankara", "Beirut", "Damasco", "Amán", "Bagdad", "Basora", "Teherán", "Casablanca",
		"Rabat", "Fez", "Orán", "Argel", "Túnez", "Trípoli", "Bengasi", "El",
		"Cairo", "Alejandría", "Jartum", "Dakar", "Bamako", "Niamey", "Lagos", "Abuya",
		"Acra", "Nairobi", "Adís", "Abeba", "Mogadiscio", "Luanda", "Maputo",
	}
	units      = []string{"muertos", "heridos", "desaparecidos", "evacuados", "detenidos", "damnificados"}
	outlets    = []string{"diarioa", "cronica", "noticiasb", "heraldo", "elcorreo", "lavoz", "eltiempo", "agenciaz"}
	fillers    = []string{"además", "también", "ayer", "hoy", "entonces", "asimismo", "finalmente", "todavía"}
	monthNames = []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
		"septiembre", "octubre", "noviembre", "diciembre"}
)
