package corpus

// The ways an outlet states a story's two facts. Articles written apart
// state the same facts in their own words, so the generator words each
// article's facts one of these ways, drawn at random.
var (
	// tollWordings take the person, their title, the count, its unit
	// and the place.
	tollWordings = []string{
		"%[1]s, %[2]s, confirmó que el balance asciende a %[3]d %[4]s en %[5]s.",
		"El balance en %[5]s es de %[3]d %[4]s, según confirmó el %[2]s, %[1]s.",
		"Las autoridades de %[5]s cuentan %[3]d %[4]s, dijo %[1]s, %[2]s, en una rueda de prensa.",
		"En %[5]s hay %[3]d %[4]s, de acuerdo con los datos de %[1]s, %[2]s.",
		"%[1]s, %[2]s, informó de %[3]d %[4]s en %[5]s.",
		"Según %[1]s, %[2]s, se registran %[3]d %[4]s en la zona de %[5]s.",
		"%[1]s, %[2]s, detalló que en %[5]s hay %[3]d %[4]s.",
		"De acuerdo con %[1]s, %[2]s, en %[5]s hay %[3]d %[4]s.",
		"%[5]s registra %[3]d %[4]s, según los datos que facilitó %[1]s, %[2]s.",
		"Son %[3]d los %[4]s en %[5]s, aseguró %[1]s, %[2]s.",
	}
	// arrivalWordings take the person, the place, the day, the month and
	// the outlet.
	arrivalWordings = []string{
		"%[1]s llegó a %[2]s el %[3]d de %[4]s, según %[5]s.",
		"El %[3]d de %[4]s, %[1]s arribó a %[2]s, informó %[5]s.",
		"%[1]s arribó el %[3]d de %[4]s a %[2]s, de acuerdo con %[5]s.",
		"Según %[5]s, %[1]s llegó el pasado %[3]d de %[4]s a %[2]s.",
		"%[1]s llegó a %[2]s el %[3]d de %[4]s, donde fue recibido por las autoridades, contó a %[5]s una fuente cercana.",
		"%[1]s está en %[2]s desde que llegó el %[3]d de %[4]s, informó %[5]s.",
		"%[1]s se encuentra en %[2]s, adonde llegó el %[3]d de %[4]s, informó %[5]s.",
		"A %[2]s llegó %[1]s el %[3]d de %[4]s, de acuerdo con %[5]s.",
	}
)
