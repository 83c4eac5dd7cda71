// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Unicode character properties the text utilities need, as CPython 3.13 (Unicode 15.1) defines them in
 * {@code Objects/unicodectype.c}: the JDK's {@link Character} data where it agrees, and tables generated from
 * CPython 3.13 for the rest (decimal, digit and numeric characters, full title-case and case-folding mappings, and
 * the characters newer than the JDK's Unicode version).
 */
final class UnicodeTables {
    private UnicodeTables() {
    }

    static final int ALPHA = 1;
    static final int UPPER = 2;
    static final int LOWER = 4;
    static final int TITLE = 8;
    static final int PRINTABLE = 16;
    static final int CASED = 32;
    static final int CASE_IGNORABLE = 64;

    /** Code point ranges (hex) of Python's {@code str.isdecimal}; each range starts at a digit zero. */
    private static final String DECIMAL =
        "30-39 660-669 6f0-6f9 7c0-7c9 966-96f 9e6-9ef a66-a6f ae6-aef b66-b6f be6-bef c66-c6f ce6-cef " +
        "d66-d6f de6-def e50-e59 ed0-ed9 f20-f29 1040-1049 1090-1099 17e0-17e9 1810-1819 1946-194f 19d0-19d9 " +
        "1a80-1a89 1a90-1a99 1b50-1b59 1bb0-1bb9 1c40-1c49 1c50-1c59 a620-a629 a8d0-a8d9 a900-a909 a9d0-a9d9 " +
        "a9f0-a9f9 aa50-aa59 abf0-abf9 ff10-ff19 104a0-104a9 10d30-10d39 11066-1106f 110f0-110f9 11136-1113f " +
        "111d0-111d9 112f0-112f9 11450-11459 114d0-114d9 11650-11659 116c0-116c9 11730-11739 118e0-118e9 " +
        "11950-11959 11c50-11c59 11d50-11d59 11da0-11da9 11f50-11f59 16a60-16a69 16ac0-16ac9 16b50-16b59 " +
        "1d7ce-1d7ff 1e140-1e149 1e2f0-1e2f9 1e4f0-1e4f9 1e950-1e959 1fbf0-1fbf9 ";

    /** Code point ranges (hex) of Python's {@code str.isdigit}. */
    private static final String DIGIT =
        "30-39 b2-b3 b9 660-669 6f0-6f9 7c0-7c9 966-96f 9e6-9ef a66-a6f ae6-aef b66-b6f be6-bef c66-c6f " +
        "ce6-cef d66-d6f de6-def e50-e59 ed0-ed9 f20-f29 1040-1049 1090-1099 1369-1371 17e0-17e9 1810-1819 " +
        "1946-194f 19d0-19da 1a80-1a89 1a90-1a99 1b50-1b59 1bb0-1bb9 1c40-1c49 1c50-1c59 2070 2074-2079 " +
        "2080-2089 2460-2468 2474-247c 2488-2490 24ea 24f5-24fd 24ff 2776-277e 2780-2788 278a-2792 a620-a629 " +
        "a8d0-a8d9 a900-a909 a9d0-a9d9 a9f0-a9f9 aa50-aa59 abf0-abf9 ff10-ff19 104a0-104a9 10a40-10a43 " +
        "10d30-10d39 10e60-10e68 11052-1105a 11066-1106f 110f0-110f9 11136-1113f 111d0-111d9 112f0-112f9 " +
        "11450-11459 114d0-114d9 11650-11659 116c0-116c9 11730-11739 118e0-118e9 11950-11959 11c50-11c59 " +
        "11d50-11d59 11da0-11da9 11f50-11f59 16a60-16a69 16ac0-16ac9 16b50-16b59 1d7ce-1d7ff 1e140-1e149 " +
        "1e2f0-1e2f9 1e4f0-1e4f9 1e950-1e959 1f100-1f10a 1fbf0-1fbf9 ";

    /** Code point ranges (hex) of Python's {@code str.isnumeric}. */
    private static final String NUMERIC =
        "30-39 b2-b3 b9 bc-be 660-669 6f0-6f9 7c0-7c9 966-96f 9e6-9ef 9f4-9f9 a66-a6f ae6-aef b66-b6f b72-b77 " +
        "be6-bf2 c66-c6f c78-c7e ce6-cef d58-d5e d66-d78 de6-def e50-e59 ed0-ed9 f20-f33 1040-1049 1090-1099 " +
        "1369-137c 16ee-16f0 17e0-17e9 17f0-17f9 1810-1819 1946-194f 19d0-19da 1a80-1a89 1a90-1a99 1b50-1b59 " +
        "1bb0-1bb9 1c40-1c49 1c50-1c59 2070 2074-2079 2080-2089 2150-2182 2185-2189 2460-249b 24ea-24ff " +
        "2776-2793 2cfd 3007 3021-3029 3038-303a 3192-3195 3220-3229 3248-324f 3251-325f 3280-3289 32b1-32bf " +
        "3405 3483 382a 3b4d 4e00 4e03 4e07 4e09 4e24 4e5d 4e8c 4e94 4e96 4eac 4ebf-4ec0 4edf 4ee8 4f0d 4f70 " +
        "4fe9 5006 5104 5146 5169 516b 516d 5341 5343-5345 534c 53c1-53c4 56db 58f1 58f9 5e7a 5efe-5eff " +
        "5f0c-5f0e 5f10 62d0 62fe 634c 67d2 6d1e 6f06 7396 767e 7695 79ed 8086 842c 8cae 8cb3 8d30 920e 94a9 " +
        "9621 9646 964c 9678 96f6 a620-a629 a6e6-a6ef a830-a835 a8d0-a8d9 a900-a909 a9d0-a9d9 a9f0-a9f9 " +
        "aa50-aa59 abf0-abf9 f96b f973 f978 f9b2 f9d1 f9d3 f9fd ff10-ff19 10107-10133 10140-10178 1018a-1018b " +
        "102e1-102fb 10320-10323 10341 1034a 103d1-103d5 104a0-104a9 10858-1085f 10879-1087f 108a7-108af " +
        "108fb-108ff 10916-1091b 109bc-109bd 109c0-109cf 109d2-109ff 10a40-10a48 10a7d-10a7e 10a9d-10a9f " +
        "10aeb-10aef 10b58-10b5f 10b78-10b7f 10ba9-10baf 10cfa-10cff 10d30-10d39 10e60-10e7e 10f1d-10f26 " +
        "10f51-10f54 10fc5-10fcb 11052-1106f 110f0-110f9 11136-1113f 111d0-111d9 111e1-111f4 112f0-112f9 " +
        "11450-11459 114d0-114d9 11650-11659 116c0-116c9 11730-1173b 118e0-118f2 11950-11959 11c50-11c6c " +
        "11d50-11d59 11da0-11da9 11f50-11f59 11fc0-11fd4 12400-1246e 16a60-16a69 16ac0-16ac9 16b50-16b59 " +
        "16b5b-16b61 16e80-16e96 1d2c0-1d2d3 1d2e0-1d2f3 1d360-1d378 1d7ce-1d7ff 1e140-1e149 1e2f0-1e2f9 " +
        "1e4f0-1e4f9 1e8c7-1e8cf 1e950-1e959 1ec71-1ecab 1ecad-1ecaf 1ecb1-1ecb4 1ed01-1ed2d 1ed2f-1ed3d " +
        "1f100-1f10c 1fbf0-1fbf9 20001 20064 200e2 20121 2092a 20983 2098c 2099c 20aea 20afd 20b19 22390 " +
        "22998 23b1b 2626d 2f890 ";

    /**
     * Characters the JDK's Unicode data lacks or classifies differently than CPython 3.13's Unicode 15.1: ranges
     * with property letters (A alpha, U upper, L lower, T title, P printable, C cased, I case-ignorable).
     */
    private static final String SUPPLEMENT_RANGES =
        "61d:P 870-887:AP 888:PI 889-88e:AP 890-891:I 898-89f:PI 8b5:AP 8c8:AP 8c9:API 8ca-8d2:PI c3c:PI " +
        "c5d:AP cdd:AP cf3:P ece:PI 10fc:ALPCI 170d:AP 1715:P 171f:AP 1734:P 180f:PI 1ac1-1ace:PI 1b4c:AP " +
        "1b7d-1b7e:P 1dfa:PI 20c0:P 2e53-2e5d:P 2ffc-2fff:P 31ef:P 9ffd-9fff:AP a7d3:ALPC a7d5:ALPC " +
        "a7f2-a7f4:ALPCI ab69:ALPCI fbc2:PI fd40-fd4f:P fdcf:P fdfe-fdff:P 10780:ALPCI 10781-10782:API " +
        "10783-10785:ALPCI 10787-107b0:ALPCI 107b2-107ba:ALPCI 10efd-10eff:PI 10f70-10f81:AP 10f82-10f85:PI " +
        "10f86-10f89:P 11070:PI 11071-11072:AP 11073-11074:PI 11075:AP 110c2:PI 1123f-11240:AP 11241:PI " +
        "116b9:P 11740-11746:AP 11ab0-11abf:AP 11b00-11b09:P 11f00-11f01:PI 11f02:AP 11f03:P 11f04-11f10:AP " +
        "11f12-11f33:AP 11f34-11f35:P 11f36-11f3a:PI 11f3e-11f3f:P 11f40:PI 11f41:P 11f42:PI 11f43-11f59:P " +
        "12f90-12ff0:AP 12ff1-12ff2:P 1342f:AP 13439-1343f:I 13440:PI 13441-13446:AP 13447-13455:PI " +
        "16a70-16abe:AP 16ac0-16ac9:P 1aff0-1aff3:API 1aff5-1affb:API 1affd-1affe:API 1b11f-1b122:AP 1b132:AP " +
        "1b155:AP 1cf00-1cf2d:PI 1cf30-1cf46:PI 1cf50-1cfc3:P 1d1e9-1d1ea:P 1d2c0-1d2d3:P 1df00-1df09:ALPC " +
        "1df0a:AP 1df0b-1df1e:ALPC 1df25-1df2a:ALPC 1e030-1e06d:ALPCI 1e08f:PI 1e290-1e2ad:AP 1e2ae:PI " +
        "1e4d0-1e4ea:AP 1e4eb:API 1e4ec-1e4ef:PI 1e4f0-1e4f9:P 1e7e0-1e7e6:AP 1e7e8-1e7eb:AP 1e7ed-1e7ee:AP " +
        "1e7f0-1e7fe:AP 1f6dc-1f6df:P 1f774-1f776:P 1f77b-1f77f:P 1f7d9:P 1f7f0:P 1f979:P 1f9cc:P " +
        "1fa75-1fa77:P 1fa7b-1fa7c:P 1fa87-1fa88:P 1faa9-1faaf:P 1fab7-1fabd:P 1fabf:P 1fac3-1fac5:P " +
        "1face-1facf:P 1fad7-1fadb:P 1fae0-1fae8:P 1faf0-1faf8:P 2a6de-2a6df:AP 2b735-2b739:AP 2ebf0-2ee5d:AP " +
        "31350-323af:AP ";

    /**
     * Like {@link #SUPPLEMENT_RANGES} for single characters with case mappings:
     * {@code cp:props:lower:upper:title:casefold}, {@code =} for the character itself.
     */
    private static final String SUPPLEMENT_MAPPED =
        "2c2f:AUPC:2c5f:=:=:2c5f 2c5f:ALPC:=:2c2f:2c2f:= a7c0:AUPC:a7c1:=:=:a7c1 a7c1:ALPC:=:a7c0:a7c0:= " +
        "a7d0:AUPC:a7d1:=:=:a7d1 a7d1:ALPC:=:a7d0:a7d0:= a7d6:AUPC:a7d7:=:=:a7d7 a7d7:ALPC:=:a7d6:a7d6:= " +
        "a7d8:AUPC:a7d9:=:=:a7d9 a7d9:ALPC:=:a7d8:a7d8:= 10570:AUPC:10597:=:=:10597 " +
        "10571:AUPC:10598:=:=:10598 10572:AUPC:10599:=:=:10599 10573:AUPC:1059a:=:=:1059a " +
        "10574:AUPC:1059b:=:=:1059b 10575:AUPC:1059c:=:=:1059c 10576:AUPC:1059d:=:=:1059d " +
        "10577:AUPC:1059e:=:=:1059e 10578:AUPC:1059f:=:=:1059f 10579:AUPC:105a0:=:=:105a0 " +
        "1057a:AUPC:105a1:=:=:105a1 1057c:AUPC:105a3:=:=:105a3 1057d:AUPC:105a4:=:=:105a4 " +
        "1057e:AUPC:105a5:=:=:105a5 1057f:AUPC:105a6:=:=:105a6 10580:AUPC:105a7:=:=:105a7 " +
        "10581:AUPC:105a8:=:=:105a8 10582:AUPC:105a9:=:=:105a9 10583:AUPC:105aa:=:=:105aa " +
        "10584:AUPC:105ab:=:=:105ab 10585:AUPC:105ac:=:=:105ac 10586:AUPC:105ad:=:=:105ad " +
        "10587:AUPC:105ae:=:=:105ae 10588:AUPC:105af:=:=:105af 10589:AUPC:105b0:=:=:105b0 " +
        "1058a:AUPC:105b1:=:=:105b1 1058c:AUPC:105b3:=:=:105b3 1058d:AUPC:105b4:=:=:105b4 " +
        "1058e:AUPC:105b5:=:=:105b5 1058f:AUPC:105b6:=:=:105b6 10590:AUPC:105b7:=:=:105b7 " +
        "10591:AUPC:105b8:=:=:105b8 10592:AUPC:105b9:=:=:105b9 10594:AUPC:105bb:=:=:105bb " +
        "10595:AUPC:105bc:=:=:105bc 10597:ALPC:=:10570:10570:= 10598:ALPC:=:10571:10571:= " +
        "10599:ALPC:=:10572:10572:= 1059a:ALPC:=:10573:10573:= 1059b:ALPC:=:10574:10574:= " +
        "1059c:ALPC:=:10575:10575:= 1059d:ALPC:=:10576:10576:= 1059e:ALPC:=:10577:10577:= " +
        "1059f:ALPC:=:10578:10578:= 105a0:ALPC:=:10579:10579:= 105a1:ALPC:=:1057a:1057a:= " +
        "105a3:ALPC:=:1057c:1057c:= 105a4:ALPC:=:1057d:1057d:= 105a5:ALPC:=:1057e:1057e:= " +
        "105a6:ALPC:=:1057f:1057f:= 105a7:ALPC:=:10580:10580:= 105a8:ALPC:=:10581:10581:= " +
        "105a9:ALPC:=:10582:10582:= 105aa:ALPC:=:10583:10583:= 105ab:ALPC:=:10584:10584:= " +
        "105ac:ALPC:=:10585:10585:= 105ad:ALPC:=:10586:10586:= 105ae:ALPC:=:10587:10587:= " +
        "105af:ALPC:=:10588:10588:= 105b0:ALPC:=:10589:10589:= 105b1:ALPC:=:1058a:1058a:= " +
        "105b3:ALPC:=:1058c:1058c:= 105b4:ALPC:=:1058d:1058d:= 105b5:ALPC:=:1058e:1058e:= " +
        "105b6:ALPC:=:1058f:1058f:= 105b7:ALPC:=:10590:10590:= 105b8:ALPC:=:10591:10591:= " +
        "105b9:ALPC:=:10592:10592:= 105bb:ALPC:=:10594:10594:= 105bc:ALPC:=:10595:10595:= ";

    /** Code points whose {@code str.casefold} differs from their lower-case mapping: {@code cp:folded}. */
    private static final String CASEFOLD =
        "b5:3bc df:73+73 149:2bc+6e 17f:73 1f0:6a+30c 345:3b9 390:3b9+308+301 3b0:3c5+308+301 3c2:3c3 3d0:3b2 " +
        "3d1:3b8 3d5:3c6 3d6:3c0 3f0:3ba 3f1:3c1 3f5:3b5 587:565+582 13a0:13a0 13a1:13a1 13a2:13a2 13a3:13a3 " +
        "13a4:13a4 13a5:13a5 13a6:13a6 13a7:13a7 13a8:13a8 13a9:13a9 13aa:13aa 13ab:13ab 13ac:13ac 13ad:13ad " +
        "13ae:13ae 13af:13af 13b0:13b0 13b1:13b1 13b2:13b2 13b3:13b3 13b4:13b4 13b5:13b5 13b6:13b6 13b7:13b7 " +
        "13b8:13b8 13b9:13b9 13ba:13ba 13bb:13bb 13bc:13bc 13bd:13bd 13be:13be 13bf:13bf 13c0:13c0 13c1:13c1 " +
        "13c2:13c2 13c3:13c3 13c4:13c4 13c5:13c5 13c6:13c6 13c7:13c7 13c8:13c8 13c9:13c9 13ca:13ca 13cb:13cb " +
        "13cc:13cc 13cd:13cd 13ce:13ce 13cf:13cf 13d0:13d0 13d1:13d1 13d2:13d2 13d3:13d3 13d4:13d4 13d5:13d5 " +
        "13d6:13d6 13d7:13d7 13d8:13d8 13d9:13d9 13da:13da 13db:13db 13dc:13dc 13dd:13dd 13de:13de 13df:13df " +
        "13e0:13e0 13e1:13e1 13e2:13e2 13e3:13e3 13e4:13e4 13e5:13e5 13e6:13e6 13e7:13e7 13e8:13e8 13e9:13e9 " +
        "13ea:13ea 13eb:13eb 13ec:13ec 13ed:13ed 13ee:13ee 13ef:13ef 13f0:13f0 13f1:13f1 13f2:13f2 13f3:13f3 " +
        "13f4:13f4 13f5:13f5 13f8:13f0 13f9:13f1 13fa:13f2 13fb:13f3 13fc:13f4 13fd:13f5 1c80:432 1c81:434 " +
        "1c82:43e 1c83:441 1c84:442 1c85:442 1c86:44a 1c87:463 1c88:a64b 1e96:68+331 1e97:74+308 1e98:77+30a " +
        "1e99:79+30a 1e9a:61+2be 1e9b:1e61 1e9e:73+73 1f50:3c5+313 1f52:3c5+313+300 1f54:3c5+313+301 " +
        "1f56:3c5+313+342 1f80:1f00+3b9 1f81:1f01+3b9 1f82:1f02+3b9 1f83:1f03+3b9 1f84:1f04+3b9 1f85:1f05+3b9 " +
        "1f86:1f06+3b9 1f87:1f07+3b9 1f88:1f00+3b9 1f89:1f01+3b9 1f8a:1f02+3b9 1f8b:1f03+3b9 1f8c:1f04+3b9 " +
        "1f8d:1f05+3b9 1f8e:1f06+3b9 1f8f:1f07+3b9 1f90:1f20+3b9 1f91:1f21+3b9 1f92:1f22+3b9 1f93:1f23+3b9 " +
        "1f94:1f24+3b9 1f95:1f25+3b9 1f96:1f26+3b9 1f97:1f27+3b9 1f98:1f20+3b9 1f99:1f21+3b9 1f9a:1f22+3b9 " +
        "1f9b:1f23+3b9 1f9c:1f24+3b9 1f9d:1f25+3b9 1f9e:1f26+3b9 1f9f:1f27+3b9 1fa0:1f60+3b9 1fa1:1f61+3b9 " +
        "1fa2:1f62+3b9 1fa3:1f63+3b9 1fa4:1f64+3b9 1fa5:1f65+3b9 1fa6:1f66+3b9 1fa7:1f67+3b9 1fa8:1f60+3b9 " +
        "1fa9:1f61+3b9 1faa:1f62+3b9 1fab:1f63+3b9 1fac:1f64+3b9 1fad:1f65+3b9 1fae:1f66+3b9 1faf:1f67+3b9 " +
        "1fb2:1f70+3b9 1fb3:3b1+3b9 1fb4:3ac+3b9 1fb6:3b1+342 1fb7:3b1+342+3b9 1fbc:3b1+3b9 1fbe:3b9 " +
        "1fc2:1f74+3b9 1fc3:3b7+3b9 1fc4:3ae+3b9 1fc6:3b7+342 1fc7:3b7+342+3b9 1fcc:3b7+3b9 1fd2:3b9+308+300 " +
        "1fd3:3b9+308+301 1fd6:3b9+342 1fd7:3b9+308+342 1fe2:3c5+308+300 1fe3:3c5+308+301 1fe4:3c1+313 " +
        "1fe6:3c5+342 1fe7:3c5+308+342 1ff2:1f7c+3b9 1ff3:3c9+3b9 1ff4:3ce+3b9 1ff6:3c9+342 1ff7:3c9+342+3b9 " +
        "1ffc:3c9+3b9 ab70:13a0 ab71:13a1 ab72:13a2 ab73:13a3 ab74:13a4 ab75:13a5 ab76:13a6 ab77:13a7 " +
        "ab78:13a8 ab79:13a9 ab7a:13aa ab7b:13ab ab7c:13ac ab7d:13ad ab7e:13ae ab7f:13af ab80:13b0 ab81:13b1 " +
        "ab82:13b2 ab83:13b3 ab84:13b4 ab85:13b5 ab86:13b6 ab87:13b7 ab88:13b8 ab89:13b9 ab8a:13ba ab8b:13bb " +
        "ab8c:13bc ab8d:13bd ab8e:13be ab8f:13bf ab90:13c0 ab91:13c1 ab92:13c2 ab93:13c3 ab94:13c4 ab95:13c5 " +
        "ab96:13c6 ab97:13c7 ab98:13c8 ab99:13c9 ab9a:13ca ab9b:13cb ab9c:13cc ab9d:13cd ab9e:13ce ab9f:13cf " +
        "aba0:13d0 aba1:13d1 aba2:13d2 aba3:13d3 aba4:13d4 aba5:13d5 aba6:13d6 aba7:13d7 aba8:13d8 aba9:13d9 " +
        "abaa:13da abab:13db abac:13dc abad:13dd abae:13de abaf:13df abb0:13e0 abb1:13e1 abb2:13e2 abb3:13e3 " +
        "abb4:13e4 abb5:13e5 abb6:13e6 abb7:13e7 abb8:13e8 abb9:13e9 abba:13ea abbb:13eb abbc:13ec abbd:13ed " +
        "abbe:13ee abbf:13ef fb00:66+66 fb01:66+69 fb02:66+6c fb03:66+66+69 fb04:66+66+6c fb05:73+74 " +
        "fb06:73+74 fb13:574+576 fb14:574+565 fb15:574+56b fb16:57e+576 fb17:574+56d ";

    /** Code points whose {@code str.title} mapping is more than one character: {@code cp:mapped}. */
    private static final String TITLE_FULL =
        "df:53+73 149:2bc+4e 1f0:4a+30c 390:399+308+301 3b0:3a5+308+301 587:535+582 1e96:48+331 1e97:54+308 " +
        "1e98:57+30a 1e99:59+30a 1e9a:41+2be 1f50:3a5+313 1f52:3a5+313+300 1f54:3a5+313+301 1f56:3a5+313+342 " +
        "1fb2:1fba+345 1fb4:386+345 1fb6:391+342 1fb7:391+342+345 1fc2:1fca+345 1fc4:389+345 1fc6:397+342 " +
        "1fc7:397+342+345 1fd2:399+308+300 1fd3:399+308+301 1fd6:399+342 1fd7:399+308+342 1fe2:3a5+308+300 " +
        "1fe3:3a5+308+301 1fe4:3a1+313 1fe6:3a5+342 1fe7:3a5+308+342 1ff2:1ffa+345 1ff4:38f+345 1ff6:3a9+342 " +
        "1ff7:3a9+342+345 fb00:46+66 fb01:46+69 fb02:46+6c fb03:46+66+69 fb04:46+66+6c fb05:53+74 fb06:53+74 " +
        "fb13:544+576 fb14:544+565 fb15:544+56b fb16:54e+576 fb17:544+56d ";

    private static final int[] DECIMAL_RANGES = ranges(DECIMAL);
    private static final int[] DIGIT_RANGES = ranges(DIGIT);
    private static final int[] NUMERIC_RANGES = ranges(NUMERIC);
    private static final int[] SUPPLEMENT_RANGE_BOUNDS;
    private static final int[] SUPPLEMENT_RANGE_FLAGS;
    private static final Map<Integer, Supplement> SUPPLEMENT_MAP = new HashMap<>();
    private static final Map<Integer, int[]> CASEFOLD_MAP = mappings(CASEFOLD);
    private static final Map<Integer, int[]> TITLE_MAP = mappings(TITLE_FULL);

    /** One supplementary character with case mappings ({@code null} where it maps to itself). */
    private static final class Supplement {
        final int flags;
        final int[] lower;
        final int[] upper;
        final int[] title;
        final int[] fold;

        Supplement(int flags, int[] lower, int[] upper, int[] title, int[] fold) {
            this.flags = flags;
            this.lower = lower;
            this.upper = upper;
            this.title = title;
            this.fold = fold;
        }
    }

    static {
        String[] items = SUPPLEMENT_RANGES.trim().split(" +");
        SUPPLEMENT_RANGE_BOUNDS = new int[items.length * 2];
        SUPPLEMENT_RANGE_FLAGS = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            int colon = items[i].indexOf(':');
            int[] range = range(items[i].substring(0, colon));
            SUPPLEMENT_RANGE_BOUNDS[2 * i] = range[0];
            SUPPLEMENT_RANGE_BOUNDS[2 * i + 1] = range[1];
            SUPPLEMENT_RANGE_FLAGS[i] = flags(items[i].substring(colon + 1));
        }
        for (String item : SUPPLEMENT_MAPPED.trim().split(" +")) {
            String[] f = item.split(":");
            SUPPLEMENT_MAP.put(Integer.parseInt(f[0], 16), new Supplement(flags(f[1]), codePoints(f[2]),
                    codePoints(f[3]), codePoints(f[4]), codePoints(f[5])));
        }
    }

    private static int flags(String letters) {
        int flags = 0;
        for (int i = 0; i < letters.length(); i++) {
            switch (letters.charAt(i)) {
                case 'A': flags |= ALPHA; break;
                case 'U': flags |= UPPER; break;
                case 'L': flags |= LOWER; break;
                case 'T': flags |= TITLE; break;
                case 'P': flags |= PRINTABLE; break;
                case 'C': flags |= CASED; break;
                case 'I': flags |= CASE_IGNORABLE; break;
                default: break;
            }
        }
        return flags;
    }

    private static int[] codePoints(String hex) {
        if (hex.equals("=")) {
            return null;
        }
        String[] parts = hex.split("\\+");
        int[] cps = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cps[i] = Integer.parseInt(parts[i], 16);
        }
        return cps;
    }

    private static int[] range(String item) {
        int dash = item.indexOf('-');
        if (dash < 0) {
            int cp = Integer.parseInt(item, 16);
            return new int[] {cp, cp};
        }
        return new int[] {Integer.parseInt(item.substring(0, dash), 16),
            Integer.parseInt(item.substring(dash + 1), 16)};
    }

    private static int[] ranges(String table) {
        String[] items = table.trim().split(" +");
        int[] bounds = new int[items.length * 2];
        for (int i = 0; i < items.length; i++) {
            int[] r = range(items[i]);
            bounds[2 * i] = r[0];
            bounds[2 * i + 1] = r[1];
        }
        return bounds;
    }

    private static Map<Integer, int[]> mappings(String table) {
        Map<Integer, int[]> map = new HashMap<>();
        for (String item : table.trim().split(" +")) {
            int colon = item.indexOf(':');
            map.put(Integer.parseInt(item.substring(0, colon), 16), codePoints(item.substring(colon + 1)));
        }
        return map;
    }

    /** Index of the range holding {@code cp} in a sorted {@code [start, end, start, end...]} array, or -1. */
    private static int findRange(int[] bounds, int cp) {
        int lo = 0;
        int hi = bounds.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < bounds[2 * mid]) {
                hi = mid - 1;
            } else if (cp > bounds[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static boolean overridden(int cp) {
        return cp == 0x10FC || cp == 0xAB69 || cp == 0x1734 || Character.getType(cp) == Character.UNASSIGNED;
    }

    /** CPython's flags for a character the JDK lacks or classifies differently, or -1 to use the JDK's. */
    private static int supplementFlags(int cp) {
        if (cp < 0x61D || !overridden(cp)) {
            return -1;
        }
        int i = findRange(SUPPLEMENT_RANGE_BOUNDS, cp);
        if (i >= 0) {
            return SUPPLEMENT_RANGE_FLAGS[i];
        }
        Supplement s = SUPPLEMENT_MAP.get(cp);
        return s == null ? -1 : s.flags;
    }

    private static Supplement supplement(int cp) {
        if (cp < 0x61D || !overridden(cp)) {
            return null;
        }
        return SUPPLEMENT_MAP.get(cp);
    }

    /** {@code Py_UNICODE_ISSPACE}: the whitespace characters (bidirectional WS, B or S, or category Zs). */
    static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        switch (cp) {
            case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** {@code Py_UNICODE_ISLINEBREAK}: the characters {@code str.splitlines} splits at. */
    static boolean isLineBreak(int cp) {
        switch (cp) {
            case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E: case 0x85: case 0x2028:
            case 0x2029:
                return true;
            default:
                return false;
        }
    }

    /** {@code Py_UNICODE_TODECIMAL}: the value of a decimal digit (category Nd), or -1. */
    static int decimalValue(int cp) {
        if (cp <= '9') {
            return cp >= '0' ? cp - '0' : -1;
        }
        if (cp < 0x660) {
            return -1;
        }
        int i = findRange(DECIMAL_RANGES, cp);
        return i < 0 ? -1 : (cp - DECIMAL_RANGES[2 * i]) % 10;
    }

    static boolean isDecimal(int cp) {
        return decimalValue(cp) >= 0;
    }

    static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0xB2 && findRange(DIGIT_RANGES, cp) >= 0;
    }

    static boolean isNumeric(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0xB2 && findRange(NUMERIC_RANGES, cp) >= 0;
    }

    static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        int f = supplementFlags(cp);
        return f >= 0 ? (f & ALPHA) != 0 : Character.isLetter(cp);
    }

    static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    static boolean isUpper(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        int f = supplementFlags(cp);
        return f >= 0 ? (f & UPPER) != 0 : Character.isUpperCase(cp);
    }

    static boolean isLower(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z';
        }
        int f = supplementFlags(cp);
        return f >= 0 ? (f & LOWER) != 0 : Character.isLowerCase(cp);
    }

    static boolean isTitle(int cp) {
        if (cp < 0x80) {
            return false;
        }
        int f = supplementFlags(cp);
        return f >= 0 ? (f & TITLE) != 0 : Character.getType(cp) == Character.TITLECASE_LETTER;
    }

    /** {@code _PyUnicode_IsCased}: lower case, upper case or title case. */
    static boolean isCased(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        int f = supplementFlags(cp);
        if (f >= 0) {
            return (f & CASED) != 0;
        }
        return Character.isLowerCase(cp) || Character.isUpperCase(cp)
                || Character.getType(cp) == Character.TITLECASE_LETTER;
    }

    /** {@code _PyUnicode_IsCaseIgnorable}: Unicode's Case_Ignorable property. */
    static boolean isCaseIgnorable(int cp) {
        int f = supplementFlags(cp);
        if (f >= 0) {
            return (f & CASE_IGNORABLE) != 0;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (cp) {
            case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2018: case 0x2019:
            case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
                return true;
            default:
                return false;
        }
    }

    /** {@code Py_UNICODE_ISPRINTABLE}: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except the space. */
    static boolean isPrintable(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp < 0x7F;
        }
        int f = supplementFlags(cp);
        if (f >= 0) {
            return (f & PRINTABLE) != 0;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void append(StringBuilder sb, int[] cps) {
        for (int cp : cps) {
            sb.appendCodePoint(cp);
        }
    }

    /** Appends the full lower-case mapping of {@code cp}, without the final-sigma rule. */
    static void appendLower(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        Supplement s = supplement(cp);
        if (s != null) {
            if (s.lower == null) {
                sb.appendCodePoint(cp);
            } else {
                append(sb, s.lower);
            }
        } else if (cp == 0x130) {
            sb.append("i\u0307");
        } else {
            sb.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** Appends the full upper-case mapping of {@code cp}. */
    static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        Supplement s = supplement(cp);
        if (s != null) {
            if (s.upper == null) {
                sb.appendCodePoint(cp);
            } else {
                append(sb, s.upper);
            }
        } else if (cp < 0xDF) {
            sb.appendCodePoint(Character.toUpperCase(cp));
        } else {
            sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
        }
    }

    /** Appends the full title-case mapping of {@code cp}. */
    static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        Supplement s = supplement(cp);
        if (s != null) {
            if (s.title == null) {
                sb.appendCodePoint(cp);
            } else {
                append(sb, s.title);
            }
            return;
        }
        int[] full = TITLE_MAP.get(cp);
        if (full != null) {
            append(sb, full);
        } else {
            sb.appendCodePoint(Character.toTitleCase(cp));
        }
    }

    /** Appends the full case folding of {@code cp}. */
    static void appendFold(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        Supplement s = supplement(cp);
        if (s != null) {
            if (s.fold == null) {
                sb.appendCodePoint(cp);
            } else {
                append(sb, s.fold);
            }
            return;
        }
        int[] full = CASEFOLD_MAP.get(cp);
        if (full != null) {
            append(sb, full);
        } else {
            appendLower(sb, cp);
        }
    }
}
