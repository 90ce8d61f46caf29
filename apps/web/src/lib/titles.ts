/** The home page's title, which the embed, its code and the oEmbed documents share. */
export const HOME_TITLE = 'corpus-timeline: the 2015–2020 poverty alleviation campaign';
