"""Meeting mode: the full-screen view in which a team goes through its norms one at a time,
captures the reasons people give and agrees what each norm rests on."""
