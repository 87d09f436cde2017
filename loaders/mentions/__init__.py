"""Who is named: every stretch of a parsed text that names an actor (gazetteer phrases,
NER, descriptions such as 'the committee', unnamed people and groups, families and aides),
one mention per token at most."""
