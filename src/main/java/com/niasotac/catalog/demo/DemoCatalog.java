package com.niasotac.catalog.demo;

import com.niasotac.site.api.SiteRequests;
import java.util.List;

/** The demonstration catalog: NIASOTAC's four departments, their shelves, and about forty real products. */
final class DemoCatalog {

    private DemoCatalog() {}

    record Item(String name, String brand, long price, Long compareAt, long cost, int stock, String summary) {}

    record Shelf(String name, List<Item> items) {}

    /** {@code alias}: the English slug the shop's footer links to. */
    record Department(String name, String alias, int color, List<Shelf> shelves) {}

    static final List<Department> DEPARTMENTS = List.of(
            new Department(
                    "Ordinateurs",
                    "computers",
                    0x1f6feb,
                    List.of(
                            new Shelf(
                                    "Ordinateurs portables",
                                    List.of(
                                            new Item(
                                                    "ProBook 450 G10",
                                                    "HP",
                                                    485_000,
                                                    null,
                                                    390_000,
                                                    14,
                                                    "Core i5-1335U, 16 Go, SSD 512 Go, 15,6\""),
                                            new Item(
                                                    "Latitude 5440",
                                                    "Dell",
                                                    545_000,
                                                    590_000L,
                                                    430_000,
                                                    9,
                                                    "Core i5-1345U, 16 Go, SSD 512 Go, 14\""),
                                            new Item(
                                                    "ThinkPad E14 Gen 5",
                                                    "Lenovo",
                                                    520_000,
                                                    null,
                                                    420_000,
                                                    11,
                                                    "Core i7-1355U, 16 Go, SSD 512 Go"),
                                            new Item(
                                                    "VivoBook 15 X1504",
                                                    "Asus",
                                                    315_000,
                                                    null,
                                                    250_000,
                                                    22,
                                                    "Core i3-1215U, 8 Go, SSD 256 Go"),
                                            new Item(
                                                    "Aspire 5 A515",
                                                    "Acer",
                                                    295_000,
                                                    330_000L,
                                                    240_000,
                                                    18,
                                                    "Ryzen 5 7520U, 8 Go, SSD 512 Go"),
                                            new Item(
                                                    "MacBook Air M2 13\"",
                                                    "Apple",
                                                    895_000,
                                                    null,
                                                    760_000,
                                                    4,
                                                    "Puce M2, 8 Go, SSD 256 Go"),
                                            new Item(
                                                    "250 G9",
                                                    "HP",
                                                    255_000,
                                                    null,
                                                    205_000,
                                                    30,
                                                    "Celeron N4500, 8 Go, SSD 256 Go"))),
                            new Shelf(
                                    "Ordinateurs de bureau",
                                    List.of(
                                            new Item(
                                                    "ProDesk 400 G9 SFF",
                                                    "HP",
                                                    465_000,
                                                    null,
                                                    370_000,
                                                    8,
                                                    "Core i5-12500, 8 Go, SSD 512 Go"),
                                            new Item(
                                                    "OptiPlex 7010 Tour",
                                                    "Dell",
                                                    515_000,
                                                    null,
                                                    410_000,
                                                    6,
                                                    "Core i7-13700, 16 Go, SSD 512 Go"),
                                            new Item(
                                                    "ThinkCentre M70s",
                                                    "Lenovo",
                                                    480_000,
                                                    520_000L,
                                                    385_000,
                                                    7,
                                                    "Core i5-12400, 16 Go, SSD 512 Go"),
                                            new Item(
                                                    "PC Gamer Ryzen 5 RTX 4060",
                                                    "NIASOTAC",
                                                    875_000,
                                                    null,
                                                    690_000,
                                                    3,
                                                    "Ryzen 5 7600, 32 Go, RTX 4060 8 Go"))),
                            new Shelf(
                                    "Mini PC",
                                    List.of(
                                            new Item(
                                                    "NUC 13 Pro",
                                                    "Intel",
                                                    395_000,
                                                    null,
                                                    320_000,
                                                    5,
                                                    "Core i5-1340P, 16 Go, SSD 512 Go"),
                                            new Item(
                                                    "ThinkCentre M70q Tiny",
                                                    "Lenovo",
                                                    425_000,
                                                    null,
                                                    345_000,
                                                    6,
                                                    "Core i5-12400T, 8 Go, SSD 256 Go"),
                                            new Item(
                                                    "SER5 Pro",
                                                    "Beelink",
                                                    245_000,
                                                    275_000L,
                                                    190_000,
                                                    12,
                                                    "Ryzen 7 5800H, 16 Go, SSD 500 Go"))))),
            new Department(
                    "Composants",
                    "components",
                    0x8250df,
                    List.of(
                            new Shelf(
                                    "Processeurs",
                                    List.of(
                                            new Item(
                                                    "Core i5-13400",
                                                    "Intel",
                                                    165_000,
                                                    null,
                                                    132_000,
                                                    15,
                                                    "10 cœurs, jusqu'à 4,6 GHz, LGA1700"),
                                            new Item(
                                                    "Ryzen 5 7600",
                                                    "AMD",
                                                    175_000,
                                                    195_000L,
                                                    140_000,
                                                    10,
                                                    "6 cœurs, jusqu'à 5,1 GHz, AM5"),
                                            new Item(
                                                    "Core i7-13700",
                                                    "Intel",
                                                    285_000,
                                                    null,
                                                    235_000,
                                                    6,
                                                    "16 cœurs, jusqu'à 5,2 GHz, LGA1700"))),
                            new Shelf(
                                    "Cartes mères",
                                    List.of(
                                            new Item(
                                                    "Prime B760M-A",
                                                    "Asus",
                                                    95_000,
                                                    null,
                                                    74_000,
                                                    9,
                                                    "LGA1700, DDR5, micro-ATX"),
                                            new Item(
                                                    "PRO B650M-A WiFi",
                                                    "MSI",
                                                    115_000,
                                                    null,
                                                    90_000,
                                                    7,
                                                    "AM5, DDR5, Wi-Fi 6E"),
                                            new Item(
                                                    "H610M S2H",
                                                    "Gigabyte",
                                                    62_000,
                                                    null,
                                                    50_000,
                                                    14,
                                                    "LGA1700, DDR4, micro-ATX"))),
                            new Shelf(
                                    "Mémoire RAM",
                                    List.of(
                                            new Item(
                                                    "Fury Beast 16 Go DDR4 3200",
                                                    "Kingston",
                                                    32_000,
                                                    null,
                                                    24_000,
                                                    40,
                                                    "2 x 8 Go, CL16"),
                                            new Item(
                                                    "Vengeance 32 Go DDR5 5600",
                                                    "Corsair",
                                                    78_000,
                                                    89_000L,
                                                    61_000,
                                                    16,
                                                    "2 x 16 Go, CL36"),
                                            new Item(
                                                    "8 Go DDR4 SODIMM 3200",
                                                    "Crucial",
                                                    17_000,
                                                    null,
                                                    12_500,
                                                    50,
                                                    "Pour ordinateur portable"))))),
            new Department(
                    "Imprimantes",
                    "printers",
                    0x1a7f37,
                    List.of(
                            new Shelf(
                                    "Imprimantes laser",
                                    List.of(
                                            new Item(
                                                    "LaserJet Pro M404dn",
                                                    "HP",
                                                    245_000,
                                                    null,
                                                    195_000,
                                                    5,
                                                    "Monochrome, recto verso, réseau"),
                                            new Item(
                                                    "HL-L2350DW",
                                                    "Brother",
                                                    115_000,
                                                    null,
                                                    90_000,
                                                    12,
                                                    "Monochrome, Wi-Fi, recto verso"),
                                            new Item(
                                                    "i-SENSYS LBP6030",
                                                    "Canon",
                                                    85_000,
                                                    null,
                                                    68_000,
                                                    15,
                                                    "Monochrome, compacte"))),
                            new Shelf(
                                    "Imprimantes jet d'encre",
                                    List.of(
                                            new Item(
                                                    "EcoTank L3250",
                                                    "Epson",
                                                    135_000,
                                                    150_000L,
                                                    105_000,
                                                    20,
                                                    "Réservoirs, Wi-Fi, impression, copie, scan"),
                                            new Item(
                                                    "PIXMA G3420",
                                                    "Canon",
                                                    115_000,
                                                    null,
                                                    92_000,
                                                    10,
                                                    "Réservoirs rechargeables, Wi-Fi"),
                                            new Item(
                                                    "Smart Tank 515",
                                                    "HP",
                                                    125_000,
                                                    null,
                                                    99_000,
                                                    8,
                                                    "Réservoirs, Wi-Fi, 3 en 1"))),
                            new Shelf(
                                    "Imprimantes multifonctions",
                                    List.of(
                                            new Item(
                                                    "LaserJet MFP M234sdw",
                                                    "HP",
                                                    185_000,
                                                    null,
                                                    148_000,
                                                    6,
                                                    "Laser, recto verso, Wi-Fi"),
                                            new Item(
                                                    "EcoTank L6270",
                                                    "Epson",
                                                    245_000,
                                                    null,
                                                    196_000,
                                                    4,
                                                    "Réservoirs, chargeur, recto verso"),
                                            new Item(
                                                    "MFC-L2750DW",
                                                    "Brother",
                                                    235_000,
                                                    260_000L,
                                                    185_000,
                                                    5,
                                                    "Laser, fax, chargeur, recto verso"))))),
            new Department(
                    "Accessoires",
                    "accessories",
                    0xbf3989,
                    List.of(
                            new Shelf(
                                    "Claviers et souris",
                                    List.of(
                                            new Item(
                                                    "MK270 Combo sans fil",
                                                    "Logitech",
                                                    18_000,
                                                    null,
                                                    12_000,
                                                    60,
                                                    "Clavier AZERTY et souris sans fil"),
                                            new Item(
                                                    "MX Master 3S",
                                                    "Logitech",
                                                    65_000,
                                                    null,
                                                    48_000,
                                                    12,
                                                    "Souris ergonomique, 8000 DPI"),
                                            new Item(
                                                    "Clavier filaire 150",
                                                    "HP",
                                                    9_000,
                                                    null,
                                                    6_000,
                                                    80,
                                                    "AZERTY, USB"))),
                            new Shelf(
                                    "Webcams et microphones",
                                    List.of(
                                            new Item(
                                                    "C920 HD Pro",
                                                    "Logitech",
                                                    45_000,
                                                    52_000L,
                                                    33_000,
                                                    18,
                                                    "Full HD 1080p, micro stéréo"),
                                            new Item(
                                                    "Seiren Mini",
                                                    "Razer",
                                                    35_000,
                                                    null,
                                                    26_000,
                                                    9,
                                                    "Microphone USB à condensateur"),
                                            new Item("C270", "Logitech", 15_000, null, 10_500, 35, "HD 720p"))),
                            new Shelf(
                                    "Casques audio",
                                    List.of(
                                            new Item(
                                                    "Tune 510BT",
                                                    "JBL",
                                                    32_000,
                                                    38_000L,
                                                    23_000,
                                                    25,
                                                    "Bluetooth 5.0, 40 h d'autonomie"),
                                            new Item(
                                                    "WH-1000XM5",
                                                    "Sony",
                                                    235_000,
                                                    null,
                                                    185_000,
                                                    3,
                                                    "Réduction de bruit active"),
                                            new Item(
                                                    "Casque stéréo 3,5 mm",
                                                    "HP",
                                                    8_500,
                                                    null,
                                                    5_500,
                                                    40,
                                                    "Micro intégré, jack 3,5 mm"))))));

    static final List<SiteRequests.Service> SERVICES = List.of(
            new SiteRequests.Service(
                    "Installation et configuration",
                    null,
                    "Installation de vos ordinateurs, imprimantes et réseaux, système et logiciels compris.",
                    null,
                    1,
                    true,
                    null),
            new SiteRequests.Service(
                    "Réparation et maintenance",
                    null,
                    "Diagnostic, réparation et entretien de vos ordinateurs portables et de bureau.",
                    null,
                    2,
                    true,
                    null),
            new SiteRequests.Service(
                    "Livraison à Cotonou",
                    null,
                    "Livraison de votre commande à domicile ou au bureau, à Cotonou et ses environs.",
                    null,
                    3,
                    true,
                    null));

    static final List<SiteRequests.SocialLink> SOCIAL_LINKS = List.of(
            new SiteRequests.SocialLink("Facebook", "https://www.facebook.com/niasotac", true),
            new SiteRequests.SocialLink("Instagram", "https://www.instagram.com/niasotac", true),
            new SiteRequests.SocialLink("Whatsapp", "https://wa.me/2290100000000", true));
}
