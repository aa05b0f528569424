package tw.ourdata.estate.tax;

/** No estate-tax parameters are known for the date of death, so no estimate can be given. */
public class UnsupportedDateOfDeathException extends IllegalArgumentException {

    public UnsupportedDateOfDeathException(String message) {
        super(message);
    }
}
