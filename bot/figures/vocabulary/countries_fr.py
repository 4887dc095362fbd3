"""French demonyms of countries of origin: social workers in Brussels and Wallonia mix them in.

Data only, merged into `COUNTRIES` (bot/figures/vocabulary/countries.py). Forms close enough to a
Dutch one ("congolese") are found by the matcher's edit distance and are not listed. "indien(ne)" and
"malien" are left out: the matcher would take "indienen" and "mailen" for them.
"""

from __future__ import annotations

FRENCH_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Marokko": ("marocain", "marocaine"),
    "Tunesië": ("tunisien", "tunisienne"),
    "Algerije": ("algérien", "algérienne"),
    "Guinee": ("guinéen", "guinéenne"),
    "Kameroen": ("camerounais", "camerounaise"),
    "Senegal": ("sénégalais", "sénégalaise"),
    "Ivoorkust": ("ivoirien", "ivoirienne"),
    "DR Congo": ("congolais", "congolaise"),
    "Albanië": ("albanais", "albanaise"),
    "Georgië": ("géorgien", "géorgienne"),
    "Armenië": ("arménien", "arménienne"),
    "Oekraïne": ("ukrainien", "ukrainienne"),
    "Roemenië": ("roumain", "roumaine"),
    "Brazilië": ("brésilien", "brésilienne"),
    "Peru": ("péruvien", "péruvienne"),
    "Ecuador": ("équatorien", "équatorienne"),
    "Venezuela": ("vénézuélien", "vénézuélienne"),
    "Irak": ("irakien", "irakienne"),
    "Syrië": ("syrien", "syrienne"),
    "Iran": ("iranien", "iranienne"),
    "Turkije": ("turc", "turque"),
    "Eritrea": ("érythréen", "érythréenne"),
    "Somalië": ("somalien", "somalienne"),
    "Soedan": ("soudanais", "soudanaise"),
    "Burundi": ("burundais", "burundaise"),
    "Rwanda": ("rwandais", "rwandaise"),
    "Mali": ("malienne",),
    "Togo": ("togolais", "togolaise"),
    "Benin": ("béninois", "béninoise"),
    "Egypte": ("égyptien", "égyptienne"),
    "Libanon": ("libanais", "libanaise"),
    "Nepal": ("népalais", "népalaise"),
    "China": ("chinois", "chinoise"),
    "Filipijnen": ("philippin", "philippine"),
    "Oezbekistan": ("ouzbek", "ouzbèke"),
    "Tsjetsjenië": ("tchétchène",),
    "Bolivia": ("bolivien", "bolivienne"),
    "Haïti": ("haïtien", "haïtienne"),
    "Chili": ("chilien", "chilienne"),
    "Angola": ("angolais", "angolaise"),
    "Tsjaad": ("tchadien", "tchadienne"),
    "Niger": ("nigérien", "nigérienne"),
    "Gabon": ("gabonais", "gabonaise"),
    "Libië": ("libyen", "libyenne"),
    "Jemen": ("yéménite",),
}
