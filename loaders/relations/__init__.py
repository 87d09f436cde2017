"""What the text says of the actors: rule families registered in one place (`registry`),
each reading one kind of wording into relations, and the claim layer that gives each
allegation its claimant, status and hedges."""
