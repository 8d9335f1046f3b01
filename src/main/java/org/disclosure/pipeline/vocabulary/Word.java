package org.disclosure.pipeline.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A word of a closed vocabulary (a column meaning, a table kind, a failure reason …): the key
 * that JSON and the catalogues spell it with, and its label in Chinese for people.
 */
public interface Word {

    String key();

    String label();

    /** The word of an enum vocabulary that a key spells, if any. */
    static <E extends Enum<E> & Word> Optional<E> ofKey(Class<E> vocabulary, String key) {
        return Arrays.stream(vocabulary.getEnumConstants()).filter(word -> word.key().equals(key)).findFirst();
    }

    /** Every key of an enum vocabulary, for messages. */
    static <E extends Enum<E> & Word> String keys(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Word::key).collect(Collectors.joining(", "));
    }
}
