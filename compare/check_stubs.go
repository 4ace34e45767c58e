package compare

func checkTitles(cx *checkContext) []Finding       { return nil }
func checkActors(cx *checkContext) []Finding       { return nil }
func checkAttributions(cx *checkContext) []Finding { return nil }
func checkModality(cx *checkContext) []Finding     { return nil }
