"""Which actor each mention means: names, surnames and aliases folded into one actor per
document, pronouns and 'I'/'we' given their speaker or antecedent, resolutions their body."""
