package kz.assistant.reimbursement.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local executive body (akimat department) that pays: the MIO registry. */
@Entity
@Table(name = "mio")
public class Mio {

    @Id
    @Column(name = "mio_bin", length = 12)
    private String bin;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String oblast;

    @Column(nullable = false)
    private String region;

    protected Mio() {
    }

    public Mio(String bin, String name, String oblast, String region) {
        this.bin = bin;
        this.name = name;
        this.oblast = oblast;
        this.region = region;
    }

    public String getBin() {
        return bin;
    }

    public String getName() {
        return name;
    }

    public String getOblast() {
        return oblast;
    }

    public String getRegion() {
        return region;
    }
}
