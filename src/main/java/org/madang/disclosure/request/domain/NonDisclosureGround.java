package org.madang.disclosure.request.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eight grounds of 「정보공개법」 제9조 제1항 (제1호 … 제8호), by their number; their texts are
 * in the bundles ({@code disclosure.request.ground.N}).
 */
public enum NonDisclosureGround {
    G1(1), G2(2), G3(3), G4(4), G5(5), G6(6), G7(7), G8(8);

    private final int number;

    NonDisclosureGround(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<NonDisclosureGround> of(int number) {
        return Arrays.stream(values()).filter(g -> g.number == number).findFirst();
    }

    public String labelKey() {
        return "disclosure.request.ground." + number;
    }
}
