"""Teams: the side list of teams and the team's profile chart."""
