package compare

func checkNumbers(cx *checkContext) []Finding      { return nil }
func checkPlaces(cx *checkContext) []Finding       { return nil }
func checkTitles(cx *checkContext) []Finding       { return nil }
func checkActors(cx *checkContext) []Finding       { return nil }
func checkAttributions(cx *checkContext) []Finding { return nil }
func checkModality(cx *checkContext) []Finding     { return nil }
