"""Small reusable pieces every room may use: the look (style), painted chips and icons, labels,
fields, empty states, banners, short prompts and dialogs."""
